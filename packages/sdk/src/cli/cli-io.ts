/** Where the CLI reads its environment and writes its output; injected so tests run it in-process. */
export interface CliIo {
  /** Writes to standard output (results: human text or JSON). */
  stdout(text: string): void;
  /** Writes to standard error (progress, errors). */
  stderr(text: string): void;
  /** Working directory relative paths resolve against. */
  cwd: string;
  env: Record<string, string | undefined>;
  /** Standard error is a terminal: show a live progress display. */
  interactive: boolean;
}
