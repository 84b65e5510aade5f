export { createReplyModel, restoreReplyModel } from './reply-model.js';
export type {
  FeatureContribution,
  ReplyModel,
  ReplyModelExample,
  ReplyModelOptions,
  ReplyModelState,
  ReplyPrediction,
} from './reply-model.js';
export type { ReplyModelStateV1 } from './migrate-reply-model-state.js';
export type { FeatureRecord, FeatureValue } from './feature-encoder.js';
export { fitLogisticRegression } from './fit-logistic-regression.js';
export type { FitLogisticRegressionOptions, LogisticRegressionFit } from './fit-logistic-regression.js';
export type { ManyPredictions } from './predict-many.js';
