export { createCompound } from './embedded/create-compound.js';
export type { Compound, CompoundOptions, ImportFileOptions, RankedContact } from './embedded/create-compound.js';
export { runCli } from './cli/run-cli.js';
export type { CliIo } from './cli/run-cli.js';
