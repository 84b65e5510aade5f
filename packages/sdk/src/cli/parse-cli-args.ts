import { parseArgs } from 'node:util';
import { CompoundError, fieldTypes, requireTimeZone, type FieldType } from '@compound/core';

/** Parsed command line: the command, its positionals and flags. */
export interface CliArgs {
  command: string | undefined;
  positionals: string[];
  /** Names of the options given on the command line (without `--`), in order. */
  given: string[];
  json: boolean;
  help: boolean;
  workspace?: string;
  tenant?: string;
  databaseUrl?: string;
  playbook?: string;
  map: Record<string, string>;
  fieldTypes: Record<string, FieldType>;
  country?: string;
  top?: number;
  format?: string;
  out?: string;
  /** Export: write the CSV without its UTF-8 byte-order mark (`--no-bom`). */
  noBom: boolean;
  /** Enrichment flags. */
  enrich: { limit?: number; stages?: string[]; budget?: number; stale: boolean; dryRun: boolean };
  /** Learning: campaign, target outcome, forecast weeks. */
  campaign?: string;
  target?: 'positive-reply' | 'meeting' | 'reply';
  weeks?: number;
  /** Forecast: target outcomes wanted per week. */
  goal?: number;
  /** Rank: the user's angle (overrides the learner's pick) and the channel to rank for. */
  angle?: string;
  channel?: string;
  /** Insights: list every "not enough data" statement instead of one line per dimension (`--all`). */
  all: boolean;
  /** Digest: a date in the week to digest (`2026-01-07`), or `latest`. */
  week?: string;
  /** `events import` and `model evaluate` (`--date-order`): read slash dates day-first (`dmy`) or month-first (`mdy`) when the file does not tell. */
  dateOrder?: 'dmy' | 'mdy';
  /** `events import`, `insights`, `digest` (`--timezone`): the user's IANA zone, canonically spelt. */
  timeZone?: string;
  /** Simulator flags. */
  simulate: { sends?: number; seed?: number; market?: 'default' | 'null'; segments?: number; angles?: number; sigma?: number; base?: [number, number]; delay?: number };
  /** Model evaluation flags. */
  evaluate: { outcome?: string; positive?: string; exclude: string[]; testFraction?: number };
}

function numberFlag(name: string, value: string | undefined, check: (value: number) => boolean, expected: string): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || !check(parsed)) {
    throw new CompoundError({ code: 'invalid-argument', message: `--${name} expects ${expected}, got "${value}"` });
  }
  return parsed;
}

/** node:util's parseArgs messages, which run over several lines and talk about positionals, said in one line. */
function parseArgsMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? 'an option';
  if (/argument missing/.test(message)) return `${option} needs a value`;
  if (/ambiguous/.test(message)) return `${option} needs a value (a value that starts with "-" is written ${option}=-VALUE)`;
  if (/does not take an argument/.test(message)) return `${option} takes no value`;
  if (/^Unknown option/.test(message)) return `unknown option ${option}`;
  return message.split('\n')[0] ?? message;
}

/** Parses `compound <command> [args] [flags]`; unknown flags are an `invalid-argument` error. */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      tokens: true,
      options: {
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        workspace: { type: 'string' },
        tenant: { type: 'string' },
        'database-url': { type: 'string' },
        playbook: { type: 'string' },
        map: { type: 'string', multiple: true },
        field: { type: 'string', multiple: true },
        country: { type: 'string' },
        top: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        'no-bom': { type: 'boolean', default: false },
        campaign: { type: 'string' },
        'date-order': { type: 'string' },
        timezone: { type: 'string' },
        limit: { type: 'string' },
        stages: { type: 'string' },
        budget: { type: 'string' },
        stale: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        target: { type: 'string' },
        weeks: { type: 'string' },
        goal: { type: 'string' },
        angle: { type: 'string' },
        channel: { type: 'string' },
        week: { type: 'string' },
        all: { type: 'boolean', default: false },
        sends: { type: 'string' },
        seed: { type: 'string' },
        market: { type: 'string' },
        segments: { type: 'string' },
        angles: { type: 'string' },
        sigma: { type: 'string' },
        base: { type: 'string' },
        delay: { type: 'string' },
        outcome: { type: 'string' },
        positive: { type: 'string' },
        exclude: { type: 'string' },
        'test-fraction': { type: 'string' },
      },
    });
  } catch (error) {
    throw new CompoundError({ code: 'invalid-argument', message: parseArgsMessage(error) });
  }
  const { values, positionals, tokens } = parsed;
  const map: Record<string, string> = {};
  for (const entry of values.map ?? []) {
    const at = entry.lastIndexOf('=');
    if (at <= 0 || at === entry.length - 1) {
      throw new CompoundError({ code: 'invalid-argument', message: `--map expects column=field, got "${entry}"` });
    }
    map[entry.slice(0, at)] = entry.slice(at + 1);
  }
  const types: Record<string, FieldType> = {};
  for (const entry of values.field ?? []) {
    const at = entry.lastIndexOf(':');
    const type = entry.slice(at + 1);
    if (at <= 0 || !(fieldTypes as readonly string[]).includes(type)) {
      throw new CompoundError({
        code: 'invalid-argument',
        message: `--field expects column:type with type one of ${fieldTypes.join(', ')}, got "${entry}"`,
      });
    }
    types[entry.slice(0, at)] = type as FieldType;
  }
  let top: number | undefined;
  if (values.top !== undefined) {
    top = Number(values.top);
    if (!Number.isInteger(top) || top <= 0) {
      throw new CompoundError({ code: 'invalid-argument', message: `--top expects a positive whole number, got "${values.top}"` });
    }
  }
  if (values.country !== undefined && !/^[A-Za-z]{2}$/.test(values.country)) {
    throw new CompoundError({ code: 'invalid-argument', message: `--country expects a two-letter ISO code such as US or CZ, got "${values.country}"` });
  }
  for (const [name, value] of [['workspace', values.workspace], ['database-url', values['database-url']]] as const) {
    // Usually an unset shell variable (`--workspace "$DIR"`): an empty folder name would be the current folder.
    if (value !== undefined && value.trim() === '') {
      throw new CompoundError({ code: 'invalid-argument', message: `--${name} needs a value, got an empty one` });
    }
  }
  const tenant = values.tenant;
  // Control characters, or a space at either end, are a slip that would silently start another tenant.
  const control = (text: string) => Array.from(text).some((character) => character < ' ' || character === '\u007f');
  if (tenant !== undefined && (tenant.trim() === '' || tenant !== tenant.trim() || control(tenant))) {
    throw new CompoundError({
      code: 'invalid-argument',
      message: `--tenant expects a tenant id without control characters or spaces at either end, got ${JSON.stringify(tenant)}`,
    });
  }
  const target = values.target;
  if (target !== undefined && target !== 'positive-reply' && target !== 'meeting' && target !== 'reply') {
    throw new CompoundError({ code: 'invalid-argument', message: `--target must be positive-reply, meeting or reply, got "${target}"` });
  }
  const dateOrder = values['date-order'];
  if (dateOrder !== undefined && dateOrder !== 'dmy' && dateOrder !== 'mdy') {
    throw new CompoundError({ code: 'invalid-argument', message: `--date-order must be dmy (day first) or mdy (month first), got "${dateOrder}"` });
  }
  const timeZone = values.timezone === undefined ? undefined : requireTimeZone(values.timezone, '--timezone');
  const market = values.market;
  if (market !== undefined && market !== 'default' && market !== 'null') {
    throw new CompoundError({ code: 'invalid-argument', message: `--market must be default or null, got "${market}"` });
  }
  let base: [number, number] | undefined;
  if (values.base !== undefined) {
    const match = /^(\d*\.?\d+)-(\d*\.?\d+)$/.exec(values.base);
    const low = Number(match?.[1]);
    const high = Number(match?.[2]);
    if (!match || !(low > 0 && low <= high && high < 1)) {
      throw new CompoundError({ code: 'invalid-argument', message: `--base expects LOW-HIGH rates such as 0.02-0.06, got "${values.base}"` });
    }
    base = [low, high];
  }
  const whole = (value: number) => Number.isInteger(value) && value > 0;
  return {
    enrich: {
      limit: numberFlag('limit', values.limit, whole, 'a positive whole number'),
      stages: values.stages ? values.stages.split(',').map((stage) => stage.trim()).filter(Boolean) : undefined,
      budget: numberFlag('budget', values.budget, (value) => value >= 0, 'a non-negative amount'),
      stale: values.stale ?? false,
      dryRun: values['dry-run'] ?? false,
    },
    campaign: values.campaign,
    dateOrder,
    timeZone,
    target,
    weeks: numberFlag('weeks', values.weeks, whole, 'a positive whole number'),
    angle: values.angle,
    channel: values.channel,
    goal: numberFlag('goal', values.goal, (value) => value > 0, 'a positive number of outcomes per week'),
    week: values.week,
    all: values.all ?? false,
    simulate: {
      sends: numberFlag('sends', values.sends, whole, 'a positive whole number'),
      seed: numberFlag('seed', values.seed, Number.isInteger, 'a whole number'),
      market,
      segments: numberFlag('segments', values.segments, whole, 'a positive whole number'),
      angles: numberFlag('angles', values.angles, (value) => whole(value) && value >= 2, 'a whole number of at least 2'),
      sigma: numberFlag('sigma', values.sigma, (value) => value >= 0, 'a number >= 0'),
      base,
      delay: numberFlag('delay', values.delay, (value) => Number.isInteger(value) && value >= 0, 'a whole number >= 0'),
    },
    evaluate: {
      outcome: values.outcome,
      positive: values.positive,
      exclude: values.exclude ? values.exclude.split(',').map((column) => column.trim()).filter(Boolean) : [],
      testFraction: numberFlag('test-fraction', values['test-fraction'], (value) => value > 0 && value < 1, 'a fraction between 0 and 1'),
    },
    command: positionals[0],
    positionals: positionals.slice(1),
    given: tokens.flatMap((token) => (token.kind === 'option' ? [token.name] : [])),
    json: values.json ?? false,
    help: values.help ?? false,
    workspace: values.workspace,
    tenant: values.tenant,
    databaseUrl: values['database-url'],
    playbook: values.playbook,
    map,
    fieldTypes: types,
    country: values.country?.toUpperCase(),
    top,
    format: values.format,
    out: values.out,
    noBom: values['no-bom'] ?? false,
  };
}
