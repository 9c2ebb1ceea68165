import type { z } from 'zod';
import { LABELS_FORMAT, LABELS_VERSION, type LabelsFile } from './labels-file';
import { labelsFileSchema, reviewerPacketSchema } from './packet-schemas';
import { PACKET_FORMAT, PACKET_VERSION, type ReviewerPacket } from './reviewer-packet';

/** Told each step's name as it ends (the packet's open is timed step by step). */
type Step = (name: string) => void;

export type EnvelopeReading<T> = { value: T; problems: [] } | { value: null; problems: string[] };

interface Kind {
  format: string;
  version: number;
  noun: string;
  schema: z.ZodType;
}
const PACKET: Kind = {
  format: PACKET_FORMAT,
  version: PACKET_VERSION,
  noun: 'a reviewer packet',
  schema: reviewerPacketSchema,
};
const LABELS: Kind = {
  format: LABELS_FORMAT,
  version: LABELS_VERSION,
  noun: 'a labels file',
  schema: labelsFileSchema,
};

/** A decrypted reviewer packet's text, checked (zod) before anything is stored. */
export const readReviewerPacketText = (text: string, step?: Step): EnvelopeReading<ReviewerPacket> =>
  readEnvelope(text, PACKET, LABELS, step);

/** A decrypted labels file's text, checked (zod) before anything is stored. */
export const readLabelsFileText = (text: string): EnvelopeReading<LabelsFile> => readEnvelope(text, LABELS, PACKET);

/**
 * Parses and checks one envelope. Refused, each with its reason in words: text that is not
 * JSON, the other kind of file (a packet where a labels file is expected, or the reverse),
 * another format, a newer or unknown version, a field of the wrong shape (named by its path).
 */
function readEnvelope<T>(text: string, expected: Kind, other: Kind, step: Step = () => {}): EnvelopeReading<T> {
  const fail = (problems: string[]): EnvelopeReading<T> => ({ value: null, problems });
  let value: unknown;
  try {
    value = JSON.parse(text);
    step('JSON.parse');
  } catch {
    return fail([`it decrypted, but what it holds is not JSON, so it is not ${expected.noun}`]);
  }
  const { format, version } = (typeof value === 'object' && value !== null ? value : {}) as {
    format?: unknown;
    version?: unknown;
  };
  if (format === other.format) return fail([`it is ${other.noun}, not ${expected.noun}`]);
  if (format !== expected.format)
    return fail([`it is not ${expected.noun} (its format is ${JSON.stringify(format ?? null)})`]);
  if (typeof version === 'number' && version > expected.version) {
    return fail([
      `it is version ${version} of ${expected.noun}, made by a newer Concord; this one reads up to version ${expected.version}`,
    ]);
  }
  const parsed = expected.schema.safeParse(value);
  step('check (zod)');
  if (!parsed.success) {
    return fail(
      parsed.error.issues.slice(0, 20).map((issue) => `${issue.path.join('.') || 'the file'}: ${issue.message}`),
    );
  }
  return { value: parsed.data as T, problems: [] };
}
