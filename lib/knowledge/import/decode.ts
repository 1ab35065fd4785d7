import { decodeTextFile, TextFileError } from '../../files/decode-text';
import { KnowledgeImportError } from './errors';

/**
 * Bytes → text for knowledge files (lib/files/decode-text.ts): UTF-8 with or
 * without BOM, UTF-16 with BOM, or GBK (Chinese spreadsheets still save CSV
 * that way); mixed encodings, NUL bytes and control characters are refused
 * with the line named, as a KnowledgeImportError like every other cause.
 */
export function decodeKnowledgeBytes(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gbk' } {
  try {
    return decodeTextFile(bytes, { allowGbk: true });
  } catch (err) {
    if (err instanceof TextFileError) throw new KnowledgeImportError(err.reason, err.line !== undefined ? { line: err.line } : {});
    throw err;
  }
}
