// Branded ids: a StudyId cannot be passed where a SampleId is expected.
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type StudyId = Brand<string, 'StudyId'>;
/** The thread's id as given in the imported file; unique within a study. */
export type ThreadId = Brand<string, 'ThreadId'>;
export type ReviewerId = Brand<string, 'ReviewerId'>;
export type SampleId = Brand<string, 'SampleId'>;
export type LlmRunId = Brand<string, 'LlmRunId'>;
export type CategoryId = Brand<string, 'CategoryId'>;

export const asStudyId = (s: string) => s as StudyId;
export const asThreadId = (s: string) => s as ThreadId;
export const asReviewerId = (s: string) => s as ReviewerId;
export const asSampleId = (s: string) => s as SampleId;
export const asLlmRunId = (s: string) => s as LlmRunId;
export const asCategoryId = (s: string) => s as CategoryId;
