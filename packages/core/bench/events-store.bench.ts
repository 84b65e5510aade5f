/**
 * Outcome-event storage on PGlite in memory: adds 100k events (about 63k messages: sent plus their
 * opens, replies, meetings, bounces), adds the same 100k again (all duplicates), folds the stored
 * events into observations, folds the same events in memory with `foldEvents` alone, and adds them
 * once more under another source (all new, into a table that already holds 100k: the indexes are
 * then updated row by row, where the first add into the empty table builds them after the load),
 * after one small add in another tenant that warms the database's WASM up.
 * Targets: observations from 100k stored events < 1 s (insights over 100k events must take < 1 s in
 * all, issue 4); pure fold < 200 ms; bulk add < 2 s (the store bench's bulk-write target).
 */
import { availableParallelism, loadavg } from 'node:os';
import { foldEvents } from '../src/learning/events/fold-events.js';
import type { OutcomeEvent } from '../src/learning/outcome-event.js';
import { openPgliteStore } from '../src/store/pglite/index.js';

const target = Number(process.env['EVENTS_BENCH_EVENTS'] ?? 100_000);
const warmUpSize = 5_000;
const segments = ['saas-mid', 'fintech', 'health', 'smb', 'enterprise'];
const angles = ['roi', 'pain-point', 'social-proof', 'efficiency'];

/** A deterministic mix: every message is sent; some are opened, replied, booked, bounced. */
function buildEvents(): OutcomeEvent[] {
  const events: OutcomeEvent[] = [];
  const start = Date.UTC(2024, 0, 1);
  for (let message = 0; events.length < target; message += 1) {
    const sentAt = start + message * 60_000;
    const messageId = `m${message}`;
    const at = (offsetHours: number) => new Date(sentAt + offsetHours * 3_600_000).toISOString();
    events.push({
      source: 'bench',
      externalId: `${messageId}:sent`,
      type: 'sent',
      occurredAt: at(0),
      messageId,
      contactId: `c${message}`,
      campaign: `q${1 + (message % 4)}`,
      segment: segments[message % segments.length] ?? 'smb',
      angle: angles[(message * 7) % angles.length] ?? 'roi',
      channel: message % 3 === 0 ? 'linkedin' : 'email',
      attributes: { seniority: message % 2 === 0 ? 'vp' : 'director', employees: 50 + (message % 500), daysSinceSignal: message % 30 },
    });
    if (message % 2 === 0) events.push({ source: 'bench', externalId: `${messageId}:opened`, type: 'opened', occurredAt: at(3), messageId });
    if (message % 17 === 0) {
      events.push({ source: 'bench', externalId: `${messageId}:replied`, type: 'replied', occurredAt: at(30), messageId, sentiment: message % 34 === 0 ? 'positive' : 'negative' });
    }
    if (message % 97 === 0) events.push({ source: 'bench', externalId: `${messageId}:meeting`, type: 'meeting-booked', occurredAt: at(80), messageId });
    if (message % 41 === 0) events.push({ source: 'bench', externalId: `${messageId}:bounced`, type: 'bounced', occurredAt: at(0.01), messageId });
  }
  return events.slice(0, target);
}

interface Timing {
  wall: number;
  cpu: number;
}

/** Wall and CPU seconds; PGlite's WASM runs on this thread, so CPU time is less sensitive to other load. */
async function seconds(work: () => Promise<unknown> | unknown): Promise<Timing> {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await work();
  const cpu = process.cpuUsage(cpuBefore);
  return { wall: (performance.now() - started) / 1000, cpu: (cpu.user + cpu.system) / 1e6 };
}

/** Judged on CPU time: wall time on a shared machine measures the other processes too. */
const verdict = (timing: Timing, limit: number) => (timing.cpu < limit ? 'PASS' : 'MISS');
const figures = (timing: Timing, digits = 2) => `${timing.wall.toFixed(digits)} | ${timing.cpu.toFixed(digits)}`;

async function main(): Promise<void> {
  const events = buildEvents();
  const messages = new Set(events.map((event) => event.messageId)).size;
  process.stderr.write(`events bench: ${events.length} events, ${messages} messages\n`);
  const store = await openPgliteStore();
  // A new database starts from a template (no initdb), so its WASM compiles its hot code on the
  // first real work: up to ~1 s of CPU that initdb used to absorb. One small add in another tenant
  // takes that, and is reported on its own, so the figures below are the adds' steady cost.
  await store.ensureTenant('warm-up');
  const warmUpEvents = events.slice(0, warmUpSize);
  const warmUpSeconds = await seconds(() => store.forTenant('warm-up').events.add(warmUpEvents));
  await store.ensureTenant('bench');
  const tenant = store.forTenant('bench');
  let added = { inserted: 0, duplicates: 0 };
  const addSeconds = await seconds(async () => {
    added = await tenant.events.add(events);
  });
  process.stderr.write(`added in ${addSeconds.wall.toFixed(2)} s\n`);
  let again = { inserted: 0, duplicates: 0 };
  const againSeconds = await seconds(async () => {
    again = await tenant.events.add(events);
  });
  let observed = 0;
  const observeSeconds = await seconds(async () => {
    observed = (await tenant.events.observations()).length;
  });
  // Warm the fold once so the figure is steady-state, as in a long-running process.
  foldEvents(events);
  const foldSeconds = await seconds(() => foldEvents(events));
  // The same events from another source: all new, but the table already holds as many, so the
  // indexes are updated row by row instead of being built again after the load.
  const otherSource = events.map((event) => ({ ...event, source: 'bench-2' }));
  let addedNext = { inserted: 0, duplicates: 0 };
  const nextSeconds = await seconds(async () => {
    addedNext = await tenant.events.add(otherSource);
  });
  await store.close();
  const rss = process.resourceUsage().maxRSS / 1024;

  const lines = [
    '## Outcome events on PGlite (in memory)',
    '',
    `Adds ${events.length.toLocaleString('en-US')} events for ${messages.toLocaleString('en-US')} messages, adds them again, folds them into observations, and adds them under another source, after a warm-up add of ${warmUpSize.toLocaleString('en-US')} events in another tenant; targets: observations from the store < 1 s (insights over 100k events must take < 1 s in all), pure \`foldEvents\` < 0.2 s, bulk add < 2 s; judged on CPU time.`,
    '',
    '| Step | Result | Wall s | CPU s | Target (CPU s) | |',
    '|---|---|---:|---:|---:|---|',
    `| warm-up: first add after open, another tenant | ${warmUpEvents.length.toLocaleString('en-US')} events | ${figures(warmUpSeconds)} | - | - |`,
    `| add (new) | ${added.inserted} inserted, ${added.duplicates} duplicates | ${figures(addSeconds)} | < 2 | ${verdict(addSeconds, 2)} |`,
    `| add again (idempotent) | ${again.inserted} inserted, ${again.duplicates} duplicates | ${figures(againSeconds)} | < 2 | ${verdict(againSeconds, 2)} |`,
    `| add (new, ${events.length.toLocaleString('en-US')} stored) | ${addedNext.inserted} inserted, ${addedNext.duplicates} duplicates | ${figures(nextSeconds)} | < 2 | ${verdict(nextSeconds, 2)} |`,
    `| observations() | ${observed} observations | ${figures(observeSeconds)} | < 1 | ${verdict(observeSeconds, 1)} |`,
    `| foldEvents (memory) | ${messages} messages | ${figures(foldSeconds, 3)} | < 0.2 | ${verdict(foldSeconds, 0.2)} |`,
    '',
    `Peak RSS ${rss.toFixed(0)} MiB; load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} CPUs.`,
    '',
  ];
  process.stdout.write(lines.join('\n'));
}

await main();
