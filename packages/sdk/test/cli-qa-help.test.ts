import { describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run-cli.js';

async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (text) => void (stdout += text), stderr: (text) => void (stderr += text), cwd: process.cwd(), env: {}, interactive: false });
  return { code, stdout, stderr };
}

describe('help', () => {
  it("shows one command's usage, summary and the common options for `<command> --help` and `help <command>`", async () => {
    for (const argv of [['import', '--help'], ['help', 'import']]) {
      const { code, stdout, stderr } = await cli(argv);
      expect(code).toBe(0);
      expect(stderr).toBe('');
      expect(stdout).toMatch(/^Usage: compound import <file> \[--playbook F\].*\n\n {2}import a CSV\/TSV contact list/);
      expect(stdout).toContain('--tenant ID          tenant to work in (default "default"; case-sensitive');
      expect(stdout).not.toContain('dedup <file>');
    }
    expect((await cli(['events', '--help'])).stdout).toMatch(/^Usage: compound events import <file>/);
  });

  it('lists every command for `help` and `--help`, and refuses help about an unknown command (exit 2)', async () => {
    for (const argv of [['help'], ['--help']]) {
      const { code, stdout } = await cli(argv);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Usage: compound <command> \[options\]\n\nCommands:\n {2}import <file>/);
      expect(stdout).toContain('130 interrupted (Ctrl-C: an import saves nothing, enrich resumes when run again)');
    }
    const unknown = await cli(['help', 'frobnicate']);
    expect(unknown).toEqual({ code: 2, stdout: '', stderr: 'compound: error: unknown command "frobnicate" (compound --help lists the commands and options)\n' });
  });
});
