export { simulate } from './simulate.js';
export type { CalibrationFigures, SimulateDependencies, SimulatedRate, SimulateOptions, SimulationResult } from './simulate.js';
export { createDefaultLoopComponents, createDefaultLoopComponentsWith } from './default-loop-components.js';
export type { DefaultLoopSettings } from './default-loop-components.js';
export { formatSimulationReport } from './format-simulation-report.js';
export { createMarket } from './market.js';
export type { ContactFate, Market, MarketContact, MarketKind, MarketOptions, MarketSignal, MarketTruth } from './market.js';
export type { CreateLoopComponents, LoopCandidate, LoopComponents, LoopFeatures, LoopInsight, LoopRanked, LoopSetup } from './loop-components.js';
export type { InsightVerdict } from './judge-insight.js';
