import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPgliteStore } from '../../store/pglite/index.js';
import type { Store } from '../../store/store.js';
import { parsePlaybook } from '../../playbook/index.js';
import { importContacts } from './import-contacts.js';

const file = [
  'First Name,Last Name,Email,Company',
  'Jane,Doe,jane@acme.io,Acme',
  'John,Smith,john@globex.com,Globex',
  'Ann,Lee,ann@stripe.com,Stripe',
].join('\n');

const playbookSource = 'name: Test\nproblem: Lists are messy.\nicp:\n  industry:\n    include: [software]\n';

let directory: string;
let store: Store;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'compound-import-lock-'));
  await writeFile(join(directory, 'contacts.csv'), file);
  store = await openPgliteStore();
});

afterAll(async () => {
  await store.close();
  await rm(directory, { recursive: true, force: true });
});

describe('importContacts called twice at once on one tenant (the library, without importFile)', () => {
  it('runs them one after the other: the second waits, then merges into what the first stored', async () => {
    await store.ensureTenant('both-at-once');
    const tenant = store.forTenant('both-at-once');
    const path = join(directory, 'contacts.csv');
    const playbook = { source: playbookSource, playbook: parsePlaybook(playbookSource) };
    let waited = 0;
    const [first, second] = await Promise.all([
      importContacts(tenant, { file: path, playbook, onWait: () => waited++ }),
      importContacts(tenant, { file: path, playbook, onWait: () => waited++ }),
    ]);
    expect(waited).toBe(1);
    expect(await tenant.contacts.count()).toBe(3);
    expect(first.newContacts).toBe(3);
    expect(second.newContacts).toBe(0);
    expect(second.unchangedRows).toBe(3);
    expect(await tenant.imports.list()).toHaveLength(2);
    // The same new playbook given to both is stored once: the second import finds it as the latest.
    expect((await tenant.playbooks.latest())?.version).toBe(1);
  });

  it('does not make imports into two tenants wait for each other', async () => {
    await store.ensureTenant('tenant-a');
    await store.ensureTenant('tenant-b');
    const path = join(directory, 'contacts.csv');
    let waited = 0;
    await Promise.all(['tenant-a', 'tenant-b'].map((id) => importContacts(store.forTenant(id), { file: path, onWait: () => waited++ })));
    expect(waited).toBe(0);
    expect(await store.forTenant('tenant-a').contacts.count()).toBe(3);
    expect(await store.forTenant('tenant-b').contacts.count()).toBe(3);
  });
});
