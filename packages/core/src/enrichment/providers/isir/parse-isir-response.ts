/** One record (`data` element) of a `getIsirWsCuzkData` answer: its leaf elements by local name. */
export type IsirRecord = Readonly<Record<string, string>>;

/** A parsed answer: records and the `stav` block, or `undefined` for text that is not an ISIR answer. */
export interface IsirAnswer {
  records: IsirRecord[];
  /** `stav` leaf elements: `pocetVysledku`, `kodChyby`, `textChyby`, … */
  state: IsirRecord;
}

// Leaf elements only (no nested tags inside), with an optional namespace prefix; the closing tag
// must repeat the same local name.
const leafElement = /<(?:[\w.-]+:)?([\w.-]+)(?:\s[^<>]*)?>([^<]*)<\/(?:[\w.-]+:)?\1\s*>/g;
const block = (name: string): RegExp => new RegExp(`<(?:[\\w.-]+:)?${name}(?:\\s[^<>]*)?>([\\s\\S]*?)</(?:[\\w.-]+:)?${name}\\s*>`, 'g');
const dataBlock = block('data');
const stateBlock = block('stav');
const responseElement = /<(?:[\w.-]+:)?getIsirWsCuzkDataResponse[\s>][\s\S]*<\/(?:[\w.-]+:)?getIsirWsCuzkDataResponse\s*>/;
const entity = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g;
const named: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(text: string): string {
  return text
    .replace(entity, (whole, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
      if (decimal !== undefined) return String.fromCodePoint(Number(decimal));
      if (hex !== undefined) return String.fromCodePoint(Number.parseInt(hex, 16));
      return name === undefined ? whole : (named[name] ?? whole);
    })
    .trim();
}

function leaves(xml: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const match of xml.matchAll(leafElement)) {
    const [, name, text] = match;
    if (name !== undefined && text !== undefined && !(name in values)) values[name] = decode(text);
  }
  return values;
}

/**
 * Reads a `getIsirWsCuzkData` SOAP answer with a small tolerant scanner over the known elements
 * (no XML dependency): every `data` block becomes a record of its leaf elements, and `stav` gives
 * the result count or the error code. Namespace prefixes are ignored. Returns `undefined` when the
 * text has no complete `getIsirWsCuzkDataResponse` element (HTML error pages, truncated bodies, SOAP
 * faults).
 */
export function parseIsirResponse(xml: string): IsirAnswer | undefined {
  if (!responseElement.test(xml)) return undefined;
  const records = [...xml.matchAll(dataBlock)].map((match) => leaves(match[1] ?? ''));
  const stateMatch = [...xml.matchAll(stateBlock)][0];
  return { records, state: stateMatch === undefined ? {} : leaves(stateMatch[1] ?? '') };
}
