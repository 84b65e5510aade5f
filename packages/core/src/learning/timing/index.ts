export { createTimingModel, restoreTimingModel } from './timing-model.js';
export type {
  SignalWindow,
  TimingModel,
  TimingModelOptions,
  TimingModelState,
  TimingMultiplier,
  TimingObservation,
  TimingQuery,
} from './timing-model.js';
