import { describe, expect, it } from 'vitest';
import { decodeText, decodeWindows1252 } from './decode-text';
import { fixtureBytes } from '../../../tests/support/fixture-bytes';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('reads UTF-8 without a BOM', () => {
    expect(decodeText(utf8('id,text\n1,café'))).toEqual({
      text: 'id,text\n1,café',
      encoding: 'utf-8',
      hadBom: false,
      note: null,
    });
  });

  it('strips a UTF-8 BOM', () => {
    const d = decodeText(fixtureBytes('threads-utf8-bom-crlf.csv'));
    expect(d.hadBom).toBe(true);
    expect(d.encoding).toBe('utf-8');
    expect(d.text.startsWith('thread_id,')).toBe(true);
    expect(d.text).toContain('😀');
  });

  it('falls back to Windows-1252 with a note when the bytes are not UTF-8', () => {
    const d = decodeText(fixtureBytes('threads-cp1252-semicolon.csv'));
    expect(d.encoding).toBe('windows-1252');
    expect(d.note).toMatch(/not valid UTF-8; read as Windows-1252/);
    expect(d.text).toContain('Le café coûte 3 €');
    expect(d.text).toContain('“quoted” – dash');
  });

  it('maps every Windows-1252 byte, undefined ones to C1 controls', () => {
    expect(decodeWindows1252(new Uint8Array([0x80, 0x81, 0x8a, 0x9f, 0xe9, 0x41]))).toBe('€\u0081ŠŸé' + 'A');
    const big = new Uint8Array(20_000).fill(0x80);
    expect(decodeWindows1252(big)).toBe('€'.repeat(20_000));
  });

  it('reads UTF-16LE with a BOM (Excel "Unicode Text")', () => {
    const text = 'id\ttext\n1\tمرحبا';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i += 1) {
      bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    expect(decodeText(bytes)).toMatchObject({ text, encoding: 'utf-16le', hadBom: true });
  });

  it('reads empty input as empty UTF-8 text', () => {
    expect(decodeText(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8', hadBom: false, note: null });
  });
});
