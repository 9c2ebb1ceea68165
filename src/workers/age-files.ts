import { armor, Decrypter, Encrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';
import { PacketFileError } from '../domain/packets/packet-file-error';
import type { StudyAgeKeys } from '../domain/study';

// age files (age-encryption.org/v1) in binary form. Only the worker and jsdom tests load this
// module: the library is ~53 KB gzip and scrypt takes seconds (STACK.md).

const BINARY_HEADER = 'age-encryption.org/v1\n';
const ARMOR_HEADER = '-----BEGIN AGE ENCRYPTED FILE-----';

export type AgeKind = 'passphrase' | 'recipient';

/** An X25519 pair (never the post-quantum hybrid: Debian's `age` 1.1 cannot read it). */
export async function generateStudyKeys(): Promise<StudyAgeKeys> {
  const identity = await generateX25519Identity();
  return { identity, recipient: await identityToRecipient(identity) };
}

export async function encryptWithPassphrase(plaintext: Uint8Array, passphrase: string): Promise<Uint8Array> {
  const encrypter = new Encrypter();
  encrypter.setPassphrase(passphrase);
  return encrypter.encrypt(plaintext);
}

export async function encryptToRecipient(plaintext: Uint8Array, recipient: string): Promise<Uint8Array> {
  const encrypter = new Encrypter();
  encrypter.addRecipient(recipient);
  return encrypter.encrypt(plaintext);
}

/** Whether bytes start as an age file, binary or armored. */
export function isAgeFile(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, ARMOR_HEADER.length));
  return head.startsWith(BINARY_HEADER) || head === ARMOR_HEADER;
}

const NOUN: Record<AgeKind, string> = { passphrase: 'a reviewer packet', recipient: 'a labels file' };

/**
 * Decrypts an age file (binary or armored) with a passphrase or an identity, or throws a
 * `PacketFileError` in the user's words: not an age file; the other kind of file (a labels file
 * is encrypted to a key, a packet with a passphrase); a wrong passphrase; another study's key;
 * a file altered or cut short (age authenticates every chunk, so one changed byte fails).
 */
export async function decryptAgeFile(
  fileName: string,
  bytes: Uint8Array,
  kind: AgeKind,
  secret: string,
  onFileKey?: () => void,
): Promise<Uint8Array> {
  const refuse = (reason: string) => new PacketFileError(fileName, reason);
  const head = new TextDecoder().decode(bytes.subarray(0, 200));
  let binary = bytes;
  if (head.startsWith(ARMOR_HEADER)) {
    try {
      binary = armor.decode(new TextDecoder().decode(bytes));
    } catch {
      throw refuse('its armored age text is damaged (altered or cut short)');
    }
  } else if (!head.startsWith(BINARY_HEADER)) {
    throw refuse(
      `it is not an age file, so not ${NOUN[kind]} (a Concord ${kind === 'passphrase' ? 'packet' : 'labels file'} starts with “age-encryption.org/v1”)`,
    );
  }
  const stanzas = new TextDecoder().decode(binary.subarray(0, 400));
  const isPassphraseFile = stanzas.includes('\n-> scrypt ');
  if (kind === 'passphrase' && !isPassphraseFile)
    throw refuse('it is a labels file (encrypted to a study’s key), not a reviewer packet: the lead imports it');
  if (kind === 'recipient' && isPassphraseFile)
    throw refuse('it is a reviewer packet (encrypted with a passphrase), not a labels file: a reviewer opens it');
  const decrypter = new Decrypter();
  if (kind === 'passphrase') decrypter.addPassphrase(secret);
  else decrypter.addIdentity(secret);
  try {
    // As a stream, age unwraps the file key (scrypt, for a passphrase) before it answers, and
    // decrypts the payload as it is read: `onFileKey` falls between the two.
    const input = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(binary);
        controller.close();
      },
    });
    const payload = await decrypter.decrypt(input);
    onFileKey?.();
    return new Uint8Array(await new Response(payload).arrayBuffer());
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    if (/no identity matched/.test(message)) {
      throw refuse(
        kind === 'passphrase'
          ? 'the passphrase is wrong (or the start of the file was altered)'
          : 'it was encrypted to another study’s key, so it is not a labels file of this study',
      );
    }
    throw refuse('the file was altered or cut short (its integrity check failed)');
  }
}

/** SHA-256 of a file's bytes, in hex: what a labels file names its packet by. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}
