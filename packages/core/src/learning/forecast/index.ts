export { forecastOutcomes, volumeToReachGoal } from './forecast-outcomes.js';
export type { Forecast, ForecastFigure, ForecastOptions, PlannedVolume, TargetForecast, VolumeToReachGoal } from './forecast-outcomes.js';
export { segmentRates } from './segment-rates.js';
export type { SegmentRate, SegmentRates } from './segment-rates.js';
export { forecastPace } from './forecast-pace.js';
export type { ForecastPace, PaceWindow } from './forecast-pace.js';
