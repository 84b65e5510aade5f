import { foldToAscii } from '../../../contacts/normalize/index.js';
import type { IsirRecord } from './parse-isir-response.js';

/** One insolvency proceeding in our vocabulary. */
export interface InsolvencyProceeding {
  /** Court file number, e.g. `45 INS 1234/2026`. */
  fileNumber: string;
  court?: string;
  debtor?: string;
  /** ISIR state (`druhStavKonkursu`), e.g. `KONKURS`, `ODDLUZENI`, `ODSKRTNUTA`. */
  state?: string;
  /** ISO date the proceeding started. */
  startedOn?: string;
  /** ISO date it ended, when it has. */
  endedOn?: string;
  /** Whether the proceeding is still running. */
  ongoing: boolean;
  /** ISIR detail page. */
  url?: string;
}

/**
 * States of a case that is over: struck off, settled, final, annulled by the appellate court,
 * entered by mistake, or handed to another court.
 *
 * @see https://isir.justice.cz/isir/help/Popis_WS_2_v1_8.pdf (číselník druhStavKonkursu)
 */
const endedStates = new Set(['ODSKRTNUTA', 'VYRIZENA', 'PRAVOMOCNA', 'ZRUSENO VS', 'MYLNY ZAP', 'POSTOUPENA']);

// ISIR dates come as `2026-03-02Z` or `2026-03-02T00:00:00+01:00`; keep the calendar date.
function isoDate(value: string | undefined): string | undefined {
  const match = value === undefined ? null : /^\d{4}-\d{2}-\d{2}/.exec(value);
  return match?.[0];
}

/** Maps one ISIR `data` record to an {@link InsolvencyProceeding}; `undefined` without a case number. */
export function mapIsirProceeding(record: IsirRecord): InsolvencyProceeding | undefined {
  const { cisloSenatu, druhVec, bcVec, rocnik } = record;
  if (bcVec === undefined || rocnik === undefined) return undefined;
  const fileNumber = `${cisloSenatu ?? ''} ${druhVec ?? 'INS'} ${bcVec}/${rocnik}`.trim();
  const state = record['druhStavKonkursu'];
  const startedOn = isoDate(record['datumPmZahajeniUpadku']);
  const endedOn = isoDate(record['datumPmUkonceniUpadku']);
  const ended = endedOn !== undefined || (state !== undefined && endedStates.has(foldToAscii(state).toUpperCase()));
  return {
    fileNumber,
    ...(record['nazevOrganizace'] ? { court: record['nazevOrganizace'] } : {}),
    ...(record['nazevOsoby'] ? { debtor: record['nazevOsoby'] } : {}),
    ...(state ? { state } : {}),
    ...(startedOn ? { startedOn } : {}),
    ...(endedOn ? { endedOn } : {}),
    ongoing: !ended,
    ...(record['urlDetailRizeni'] ? { url: record['urlDetailRizeni'] } : {}),
  };
}
