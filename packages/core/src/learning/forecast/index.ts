export { forecastOutcomes } from './forecast-outcomes.js';
export type { Forecast, ForecastFigure, ForecastOptions, PlannedVolume, TargetForecast } from './forecast-outcomes.js';
export { volumeToReachGoal } from './volume-to-reach-goal.js';
export type { GoalSegment, VolumeToReachGoal, VolumeToReachGoalOptions } from './volume-to-reach-goal.js';
export { segmentRates } from './segment-rates.js';
export type { SegmentRate, SegmentRates } from './segment-rates.js';
export { forecastPace } from './forecast-pace.js';
export { meetingsTracked } from './meetings-tracked.js';
export type { ForecastPace, PaceWindow } from './forecast-pace.js';
