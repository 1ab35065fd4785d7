import { escapeUnprintable } from './printable';

/**
 * Bytes of an imported file → text, or a rejection that names the cause and
 * the line. Knowledge files and history exports both come through here.
 *
 * - A byte-order mark decides: UTF-8, UTF-16LE/BE (decoded), UTF-32 (refused:
 *   no spreadsheet saves it, and guessing would garble it).
 * - Without one, NUL bytes mean UTF-16 without a BOM or a binary file, each
 *   said as such, rather than a parser's confusing complaint.
 * - Valid UTF-8 is UTF-8. Otherwise, where the format allows it (Chinese
 *   spreadsheets still save CSV as GBK), GBK, but only when no line is UTF-8:
 *   a file mixing UTF-8 and GBK lines (two exports pasted together) cannot be
 *   decoded right either way and is refused naming one line of each.
 * - Control characters (other than tab, newline, carriage return) are refused
 *   with their line and column: they never belong in articles or records.
 */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gbk';

export class TextFileError extends Error {
  override readonly name = 'TextFileError';
  constructor(
    readonly reason: string,
    readonly line?: number,
  ) {
    super(line !== undefined ? `line ${line}: ${reason}` : reason);
  }
}

export interface DecodeOptions {
  /** Decode non-UTF-8 files as GBK (CSV and Markdown from Chinese spreadsheets and editors). @default false */
  allowGbk?: boolean;
}

const startsWith = (b: Uint8Array, ...sig: number[]) => sig.every((v, i) => b[i] === v);

/** 1-based line of a byte offset (counting 0x0A, which no UTF-8 or GBK multi-byte sequence contains). */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
}

function utf8Lines(bytes: Uint8Array): { utf8: number | null; other: number | null } {
  const strict = new TextDecoder('utf-8', { fatal: true });
  let utf8: number | null = null;
  let other: number | null = null;
  let start = 0;
  let line = 1;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 10) continue;
    const slice = bytes.subarray(start, i);
    if (slice.some((b) => b >= 0x80)) {
      try {
        strict.decode(slice);
        utf8 ??= line;
      } catch {
        other ??= line;
      }
    }
    if (utf8 !== null && other !== null) break;
    start = i + 1;
    line++;
  }
  return { utf8, other };
}

function decodeStrict(bytes: Uint8Array, encoding: TextEncodingName, what: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    // Find the first line that does not decode, so the message can point at it.
    const lossy = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
    const bad = lossy.indexOf('\uFFFD');
    const line = bad < 0 ? undefined : lossy.slice(0, bad).split('\n').length;
    throw new TextFileError(`not valid ${what}`, line);
  }
}

/** The first control character (not tab, LF, CR) with its line and column, or null. */
export function findControlCharacter(text: string): { line: number; column: number; code: number } | null {
  const m = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.exec(text);
  if (!m) return null;
  const before = text.slice(0, m.index);
  const line = before.split('\n').length;
  return { line, column: m.index - before.lastIndexOf('\n'), code: m[0].charCodeAt(0) };
}

export function decodeTextFile(bytes: Uint8Array, opts: DecodeOptions = {}): { text: string; encoding: TextEncodingName } {
  let result: { text: string; encoding: TextEncodingName };
  if (startsWith(bytes, 0xff, 0xfe, 0x00, 0x00) || startsWith(bytes, 0x00, 0x00, 0xfe, 0xff)) {
    throw new TextFileError('the file is UTF-32, which Deskmate does not read: save it as UTF-8');
  } else if (startsWith(bytes, 0xef, 0xbb, 0xbf)) {
    result = { text: decodeStrict(bytes.subarray(3), 'utf-8', 'UTF-8 (the file starts with a UTF-8 byte-order mark)'), encoding: 'utf-8' };
  } else if (startsWith(bytes, 0xff, 0xfe) || startsWith(bytes, 0xfe, 0xff)) {
    const encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    if ((bytes.length - 2) % 2) throw new TextFileError(`the file starts with a ${encoding.toUpperCase()} byte-order mark but has an odd number of bytes (cut short?)`);
    result = { text: decodeStrict(bytes.subarray(2), encoding, encoding.toUpperCase()), encoding };
  } else {
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
      const head = bytes.subarray(0, 4096);
      let even = 0;
      let odd = 0;
      for (let i = 0; i < head.length; i++) if (head[i] === 0) i % 2 ? odd++ : even++;
      const half = head.length / 2;
      if (half >= 4 && (even > half * 0.3 || odd > half * 0.3)) throw new TextFileError('the file looks like UTF-16 without a byte-order mark: save it as UTF-8 (or UTF-16 with BOM)');
      throw new TextFileError('NUL byte: this is a binary file, not text', lineOfByte(bytes, nul));
    }
    try {
      result = { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
    } catch {
      const { utf8, other } = utf8Lines(bytes);
      if (!opts.allowGbk) throw new TextFileError('not valid UTF-8', other ?? undefined);
      if (utf8 !== null && other !== null) {
        throw new TextFileError(`mixed encodings: line ${utf8} is UTF-8 but this line is not (GBK?); save the whole file in one encoding`, other);
      }
      result = { text: decodeStrict(bytes, 'gbk', 'UTF-8 or GBK'), encoding: 'gbk' };
    }
  }
  const control = findControlCharacter(result.text);
  if (control) throw new TextFileError(`control character ${escapeUnprintable(String.fromCharCode(control.code))} at column ${control.column}`, control.line);
  return result;
}
