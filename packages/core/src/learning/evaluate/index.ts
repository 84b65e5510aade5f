export { evaluateReplyModelOnFile } from './evaluate-reply-model.js';
export type { EvaluateReplyModelOptions, ModelEvaluation, ModelScores } from './evaluate-reply-model.js';
export type { DetectedColumn, DetectedColumns, DetectedDateColumn } from './detect-columns.js';
export type { LeakyColumn } from './find-leaky-columns.js';
