import { DEFAULT_CATEGORIES } from '../codebook/default-codebook';
import type { CategoryTemplates } from './template-types';
import { ANSWER_MEDICAL_KNOWLEDGE_QUESTIONS, BRAINSTORMING, HANDLE_INFORMATION_REQUESTS } from './templates-questions';
import {
  CODING,
  GENERATE_VISUAL_AIDS,
  OTHER,
  PATIENT_PROVIDER_MESSAGING,
  PROCESS_REFERRALS_DOCUMENTS,
  TECHNICAL_SUPPORT_IT_ISSUES,
} from './templates-support';
import { EMAIL_DOCUMENT_WRITING, TEXT_MANIPULATION } from './templates-writing';

const BY_ID: Readonly<Record<string, CategoryTemplates>> = {
  'email-document-writing': EMAIL_DOCUMENT_WRITING,
  'text-manipulation': TEXT_MANIPULATION,
  brainstorming: BRAINSTORMING,
  'handle-information-requests': HANDLE_INFORMATION_REQUESTS,
  'answer-medical-knowledge-questions': ANSWER_MEDICAL_KNOWLEDGE_QUESTIONS,
  'technical-support-it-issues': TECHNICAL_SUPPORT_IT_ISSUES,
  'patient-provider-messaging': PATIENT_PROVIDER_MESSAGING,
  coding: CODING,
  'process-referrals-documents': PROCESS_REFERRALS_DOCUMENTS,
  'generate-visual-aids': GENERATE_VISUAL_AIDS,
  other: OTHER,
};

/** The templates of a default codebook category, by category id. */
export function templatesFor(categoryId: string): CategoryTemplates {
  const t = BY_ID[categoryId];
  if (t === undefined) throw new Error(`templatesFor: no templates for category "${categoryId}"`);
  return t;
}

/** Every default category with its templates, in codebook order. */
export const CATEGORY_TEMPLATES = DEFAULT_CATEGORIES.map((c) => ({ category: c, templates: templatesFor(c.id) }));
