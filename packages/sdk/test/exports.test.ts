import { describe, expect, it } from 'vitest';
import * as sdk from '../src/index.js';
import { commands } from '../src/cli/commands/index.js';

describe('@compound/sdk exports', () => {
  it('lists the runtime exports and the CLI commands', () => {
    expect(Object.keys(sdk).sort()).toEqual(['createCompound', 'runCli']);
    expect(Object.keys(commands).sort()).toEqual([
      'company', 'contacts', 'dedup', 'demo', 'digest', 'enrich', 'events', 'export', 'forecast', 'import', 'insights', 'model', 'rank', 'simulate',
    ]);
  });
});
