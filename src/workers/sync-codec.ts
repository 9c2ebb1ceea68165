import { PacketFileError } from '../domain/packets/packet-file-error';
import { labelEventPayloadSchema, type LabelEventDoc, type LabelEventPayload } from '../domain/sync/sync-docs';
import { decryptAgeFile, encryptToRecipient } from './age-files';

/** Bytes as base64 text (what a CouchDB document carries), in chunks so a big packet never overflows the stack. */
export function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A label event's payload, encrypted to the study's recipient: the server sees only ciphertext. */
export async function sealPayload(payload: LabelEventPayload, recipient: string): Promise<string> {
  return toBase64(await encryptToRecipient(new TextEncoder().encode(JSON.stringify(payload)), recipient));
}

/** A label event's payload read from the server: decrypted with the study's identity and checked (zod). */
export async function openPayload(doc: LabelEventDoc, identity: string): Promise<LabelEventPayload> {
  const plaintext = await decryptAgeFile(doc._id, fromBase64(doc.payload), 'recipient', identity);
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(plaintext));
  } catch {
    throw new PacketFileError(doc._id, 'its payload is not JSON');
  }
  const parsed = labelEventPayloadSchema.safeParse(value);
  if (!parsed.success) throw new PacketFileError(doc._id, 'its payload is not a label event');
  return parsed.data;
}
