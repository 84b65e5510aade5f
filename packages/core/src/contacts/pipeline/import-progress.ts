/**
 * A phase of an import, in the order they run. `workspace`: reading the contacts already stored and
 * finding the rows imported before (its units are the stored contacts).
 */
export type ImportPhase = 'read' | 'map' | 'normalize' | 'workspace' | 'dedup' | 'companies' | 'fit' | 'save';

/** Progress of a long import, for a progress display. */
export interface ImportProgress {
  phase: ImportPhase;
  /** Units done in this phase (rows, records, contacts). */
  done: number;
  /** Units in this phase, when known. */
  total?: number;
}

/** Receives progress events; called at most every few thousand rows. */
export type ImportProgressListener = (progress: ImportProgress) => void;
