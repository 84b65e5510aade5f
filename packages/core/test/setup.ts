// Fails any test that writes to the console: library code reports through injected loggers and
// return values, never console.* (STYLE.md §18).
import fc from 'fast-check';
import { afterEach, beforeEach } from 'vitest';

// Property tests use one seed so CI is reproducible; set FC_SEED to explore others locally.
fc.configureGlobal({ seed: Number(process.env['FC_SEED'] ?? 20261126) });

const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
let calls: string[] = [];
const originals = new Map<string, (...args: unknown[]) => void>();

beforeEach(() => {
  calls = [];
  for (const method of methods) {
    originals.set(method, console[method]);
    console[method] = (...args: unknown[]) => {
      calls.push(`console.${method}: ${args.map(String).join(' ')}`);
    };
  }
});

afterEach(() => {
  for (const method of methods) console[method] = originals.get(method) as (typeof console)[typeof method];
  if (calls.length > 0) throw new Error(`unexpected console output:\n${calls.join('\n')}`);
});
