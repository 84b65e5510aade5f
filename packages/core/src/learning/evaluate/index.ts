export { evaluateReplyModelOnFile } from './evaluate-reply-model.js';
export type { EvaluateReplyModelOptions, ModelEvaluation, ModelScores } from './evaluate-reply-model.js';
export type { DetectedColumn, DetectedColumns } from './detect-columns.js';
