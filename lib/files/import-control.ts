/** Progress and cancel for a long import (the options page's import worker drives both). */
export interface ImportControl {
  onProgress?: (phase: 'decode' | 'parse' | 'validate' | 'write', done: number, total: number) => void;
  /** Checked between chunks and phases; true rolls the import back. */
  cancelled?: () => boolean;
}

/** The manager cancelled: nothing was written. */
export class ImportCancelledError extends Error {
  override readonly name = 'ImportCancelledError';
  constructor() {
    super('import cancelled: nothing was imported');
  }
}

export function throwIfCancelled(control: ImportControl): void {
  if (control.cancelled?.()) throw new ImportCancelledError();
}
