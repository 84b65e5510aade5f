/**
 * Offsets from UTC, in minutes, of the zone abbreviations exports write after a time
 * (`5 Oct 2026 09:00 CET`). Each has one reading here: `BST` is British Summer Time and `CST`
 * US Central Standard Time, as in the exports of US and European tools.
 * @see https://www.timeanddate.com/time/zones/
 */
export const zoneOffsets: Readonly<Record<string, number>> = {
  UTC: 0,
  UT: 0,
  GMT: 0,
  Z: 0,
  WET: 0,
  WEST: 60,
  BST: 60,
  CET: 60,
  CEST: 120,
  MEZ: 60,
  MESZ: 120,
  EET: 120,
  EEST: 180,
  MSK: 180,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  AKST: -540,
  AKDT: -480,
  HST: -600,
  JST: 540,
  AEST: 600,
  AEDT: 660,
};

/** Abbreviations that name more than one zone, with the zones they name: refused rather than guessed. */
export const ambiguousZones: Readonly<Record<string, { names: string; example: string }>> = {
  IST: { names: 'India, Israel or Irish Standard Time', example: '+05:30' },
  AST: { names: 'Atlantic or Arabia Standard Time', example: '-04:00' },
  ADT: { names: 'Atlantic or Arabia Daylight Time', example: '-03:00' },
  ECT: { names: 'Ecuador or Eastern Caribbean Time', example: '-05:00' },
  SST: { names: 'Samoa or Singapore Standard Time', example: '+08:00' },
  CT: { names: 'US Central Time, standard or daylight', example: '-06:00' },
  ET: { names: 'US Eastern Time, standard or daylight', example: '-05:00' },
  PT: { names: 'US Pacific Time, standard or daylight', example: '-08:00' },
  MT: { names: 'US Mountain Time, standard or daylight', example: '-07:00' },
};
