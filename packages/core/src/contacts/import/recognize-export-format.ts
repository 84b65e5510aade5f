import { fieldTypes, type FieldType } from '../contact.js';
import type { ExportFormat } from './export-formats/export-format.js';
import { exportFormats } from './export-formats/registry.js';
import { formatHeaderKey } from './header-key.js';

/** Which vendor export a header comes from. */
export interface RecognizedFormat {
  /** Format id (e.g. `linkedin-connections`, `google-contacts`, `apollo`), or `unknown`. */
  format: string;
  /** In [0, 1]: half from the format's marker columns present, half from the share of columns it explains. */
  confidence: number;
}

/** Below this confidence the header is reported as `unknown`. */
const minConfidence = 0.5;

/**
 * Recognizes a vendor export from its header: LinkedIn Connections, Google Contacts (current and
 * legacy), Outlook (desktop, German desktop and Outlook.com), HubSpot, Salesforce (API names and report labels),
 * Apollo, lemlist, and Compound's own export. A format needs at least one of its marker columns (or
 * its `minMarkers`); among candidates, the one with more markers present and more columns explained wins.
 *
 * @param formats formats to consider (default: every registered format).
 * @example
 * recognizeExportFormat(['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'])
 * // { format: 'linkedin-connections', confidence: 1 }
 */
export function recognizeExportFormat(header: readonly string[], formats: readonly ExportFormat[] = exportFormats): RecognizedFormat {
  const keys = header.map(formatHeaderKey).filter((key) => key !== '');
  if (keys.length === 0) return { format: 'unknown', confidence: 0 };
  const present = new Set(keys);
  let best: RecognizedFormat = { format: 'unknown', confidence: 0 };
  for (const format of formats) {
    let markerHits = 0;
    for (const marker of format.markers) if (present.has(marker)) markerHits++;
    if (markerHits < Math.max(1, format.minMarkers ?? 1)) continue;
    let explained = 0;
    for (const key of keys) {
      if (formatColumnTarget(format, key) !== undefined || format.markers.includes(key) || formatCustomFieldName(format, key) !== undefined) explained++;
    }
    const markerScore = Math.min(1, markerHits / Math.min(3, format.markers.length));
    const confidence = round(0.5 * markerScore + 0.5 * (explained / keys.length));
    if (confidence > best.confidence) best = { format: format.id, confidence };
  }
  return best.confidence >= minConfidence ? best : { format: 'unknown', confidence: best.confidence };
}

/** The table entry of a format for one header key (`formatHeaderKey`), from its columns or patterns. */
export function formatColumnTarget(format: ExportFormat, key: string) {
  const direct = format.columns[key];
  if (direct !== undefined) return direct;
  for (const [pattern, target] of format.patterns ?? []) if (pattern.test(key)) return target;
  return undefined;
}

/** A custom field a column of a known export holds, as its header names it. */
export interface FormatCustomField {
  /** The field's name (`Shoe size` for `custom:Shoe size`). */
  name: string;
  /** The field's type when the header gives it (`date` for `custom(date):Renewal`). */
  type?: FieldType;
}

/**
 * The custom field a column of a format holds by its header (`custom:Shoe size` → `Shoe size` in
 * Compound's export; see `ExportFormat.customFieldPrefix`), with its type when the header gives one
 * before the prefix's colon (`custom(date):Renewal` → `Renewal`, a date), or undefined for other
 * columns. A type that is not a field type leaves the header as any other column.
 */
export function formatCustomField(format: ExportFormat, header: string): FormatCustomField | undefined {
  const prefix = format.customFieldPrefix;
  if (prefix === undefined) return undefined;
  const trimmed = header.trim();
  const lower = trimmed.toLowerCase();
  if (lower.startsWith(prefix)) {
    const name = trimmed.slice(prefix.length).trim();
    return name === '' ? undefined : { name };
  }
  // `custom(date):` for the prefix `custom:`
  const stem = prefix.endsWith(':') ? prefix.slice(0, -1) : undefined;
  if (stem === undefined || !lower.startsWith(`${stem}(`)) return undefined;
  const close = lower.indexOf('):', stem.length);
  if (close === -1) return undefined;
  const type = lower.slice(stem.length + 1, close).trim();
  const name = trimmed.slice(close + 2).trim();
  if (name === '' || !(fieldTypes as readonly string[]).includes(type)) return undefined;
  return { name, type: type as FieldType };
}

/** The name of the custom field a column of a format holds (see `formatCustomField`), or undefined. */
export function formatCustomFieldName(format: ExportFormat, header: string): string | undefined {
  return formatCustomField(format, header)?.name;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
