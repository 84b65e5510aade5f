/** One value in a cross-source comparison. */
export interface QcValue {
  value: unknown;
  source: string;
}

/** What one consistency check found. */
export interface QcFinding {
  /** Field the check is about (`legalName`, `country`, `employees`, `status`). */
  field: string;
  /** `consistent` raises the field's confidence, `conflict` lowers it and is reported. */
  outcome: 'consistent' | 'conflict';
  values: QcValue[];
  /** Human explanation, e.g. "registry band 50-99 vs website 200+". */
  note: string;
}
