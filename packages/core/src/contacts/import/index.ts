export { detectEncoding, encodingSampleBytes } from './detect-encoding.js';
export type { DetectedEncoding, TextEncodingName } from './detect-encoding.js';
export { candidateDelimiters, detectDelimiter } from './detect-delimiter.js';
export type { Delimiter, DetectedDelimiter } from './detect-delimiter.js';
export { readDelimited } from './parse-delimited.js';
export type { RowRepair } from './utf8-fallback-decoder.js';
export type {
  DelimitedFile,
  DelimitedInput,
  DelimitedRow,
  DelimitedStats,
  DelimitedWarning,
  ReadDelimitedOptions,
  RowProblem,
} from './parse-delimited.js';
export { recognizeExportFormat } from './recognize-export-format.js';
export type { RecognizedFormat } from './recognize-export-format.js';
export { exportFormats } from './export-formats/registry.js';
export type { ColumnTarget, ExportFormat } from './export-formats/export-format.js';
export { applyMapping, fillMappedRow, mapColumns } from './map-columns.js';
export type { ColumnAssignment, ColumnMapping, MapColumnsOptions } from './map-columns.js';
export { createModelColumnResolver, refineMapping } from './resolve-columns-with-model.js';
export type { ColumnResolver, ColumnResolverRequest, ModelColumnResolverSettings, RefineMappingOptions } from './resolve-columns-with-model.js';
