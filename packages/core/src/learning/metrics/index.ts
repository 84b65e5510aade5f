export { auc } from './auc.js';
export { brier } from './brier.js';
export { expectedCalibrationError, type ExpectedCalibrationErrorOptions } from './expected-calibration-error.js';
