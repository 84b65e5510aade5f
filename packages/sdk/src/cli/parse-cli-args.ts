import { parseArgs } from 'node:util';
import { CompoundError, fieldTypes, type FieldType } from '@compound/core';

/** Parsed command line: the command, its positionals and flags. */
export interface CliArgs {
  command: string | undefined;
  positionals: string[];
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
}

/** Parses `compound <command> [args] [flags]`; unknown flags are an `invalid-argument` error. */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
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
      },
    });
  } catch (error) {
    throw new CompoundError({ code: 'invalid-argument', message: error instanceof Error ? error.message : String(error) });
  }
  const { values, positionals } = parsed;
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
  return {
    command: positionals[0],
    positionals: positionals.slice(1),
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
  };
}
