import { runCli } from '../src/cli/run-cli.js';

/** Runs the CLI in-process with captured output and no DATABASE_URL (embedded store); `env` is the whole environment it sees. */
export async function cli(args: string[], cwd: string, env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    cwd,
    env,
    interactive: false,
  });
  return { code, stdout, stderr };
}
