import { CompoundError } from '../../errors/compound-error.js';

/** Stage → stages whose outputs it reads. A stage runs for a subject only after these have. */
export type StageDependencies = Readonly<Record<string, readonly string[]>>;

/**
 * The default pipeline: triage (website) feeds hiring, news and research (job boards and feeds are
 * discovered on the website); registry data feeds research and QC.
 */
export const defaultStageDependencies: StageDependencies = {
  triage: [],
  registry: [],
  person: [],
  hiring: ['triage'],
  news: ['triage'],
  // ISIR looks insolvency up by the registry id (IČO) that ARES finds.
  insolvency: ['registry'],
  research: ['triage', 'registry'],
  qc: ['triage', 'registry', 'insolvency'],
};

/**
 * Orders `stages` into levels: every stage comes after the stages it depends on; stages of one level
 * are independent and run concurrently. Dependencies outside `stages` are ignored (not selected).
 * @throws CompoundError `invalid-argument` on a dependency cycle, naming the stages in it.
 */
export function orderStages(stages: readonly string[], dependencies: StageDependencies = defaultStageDependencies): string[][] {
  const selected = new Set(stages);
  const remaining = new Set(stages);
  const levels: string[][] = [];
  const placed = new Set<string>();
  while (remaining.size > 0) {
    const level = [...remaining].filter((stage) => (dependencies[stage] ?? []).every((dependency) => !selected.has(dependency) || placed.has(dependency)));
    if (level.length === 0) {
      throw new CompoundError({ code: 'invalid-argument', message: `Enrichment stages depend on each other in a cycle: ${[...remaining].join(', ')}.` });
    }
    level.sort();
    for (const stage of level) remaining.delete(stage);
    for (const stage of level) placed.add(stage);
    levels.push(level);
  }
  return levels;
}
