export { foldEvents, foldEventsReport, unknownDimension } from './fold-events.js';
export type { FoldedEvents } from './fold-events.js';
export { importEventHistory } from './import-event-history.js';
export type { EventHistoryImport, EventHistoryRejection, ImportEventHistoryOptions } from './import-event-history.js';
export type { EventTypeCount } from './history-event-rows.js';
export { detectHistoryColumns, historyFields } from './detect-history-columns.js';
export type { HistoryColumns, HistoryField } from './detect-history-columns.js';
export type { DateOrder } from './parse-history-date.js';
