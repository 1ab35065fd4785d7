import { printableMessage } from '../../files/printable';

/**
 * Why a knowledge file was rejected. Imports are all-or-nothing, so one of these
 * means nothing was stored; `line` (1-based, in the file) or `record` (1-based
 * article/row number) tells the administrator where to look.
 */
export class KnowledgeImportError extends Error {
  readonly line?: number;
  readonly record?: number;
  /** The reason alone, without the location (the message has both). */
  readonly reason: string;

  constructor(rawReason: string, where: { line?: number; record?: number } = {}) {
    // Reasons quote file content (headers, values, parser excerpts): only printable characters reach the manager.
    const reason = printableMessage(rawReason);
    const at = [where.line !== undefined && `line ${where.line}`, where.record !== undefined && `record ${where.record}`].filter(Boolean).join(', ');
    super(at ? `${at}: ${reason}` : reason, { cause: reason });
    this.name = 'KnowledgeImportError';
    this.line = where.line;
    this.record = where.record;
    this.reason = reason;
  }
}

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}
