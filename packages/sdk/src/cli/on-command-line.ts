/**
 * A core warning as the command line says it: core names its API option (`dateOrder: 'dmy'`), the
 * CLI's user types `--date-order dmy`.
 *
 * @example onCommandLine("Pass dateOrder: 'dmy' if they are day-first.") // "Pass --date-order dmy if they are day-first."
 */
export function onCommandLine(warning: string): string {
  return warning.replace(/dateOrder: '(dmy|mdy)'/g, '--date-order $1');
}
