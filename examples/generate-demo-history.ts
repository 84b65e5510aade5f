/**
 * Writes the demo's campaign history, `examples/history.csv`: six weeks of past sends (Monday
 * 2026-09-07 to Friday 2026-10-16, weekdays, 08:00–17:59 as written, no zone) to the people of
 * `examples/contacts.csv`, one row per message, as `compound events import` reads it.
 * **Synthetic**: every send and outcome is drawn from the ground truth below with a fixed seed, so
 * the same script writes the same bytes.
 *
 * Who gets what. A person is an entity of `examples/contacts.truth.json` with a valid, non-role
 * email (the first such address of their rows); their seniority is the first their rows' job
 * titles give. Three campaigns (`revops-launch`, `forecast-webinar`, `q4-pipeline`) each enrol 90%
 * of leaders (c-level, VP, director) and 30% of everyone else, a person at most once per campaign
 * and never again after a positive reply. Each enrolment draws one angle of `examples/playbook.md`
 * (`roi`, `pain-point`, `social-proof`, equally likely) and sends up to three steps three weekdays
 * apart (a second step to 80%, a third to 60% of those who have not answered), each step by email
 * (60%) or LinkedIn (40%).
 *
 * Ground truth, per message (the only effects planted; day, hour, campaign, step and company size have none):
 * - a positive reply (`Interested`): 5%, except
 *   - `pain-point` to a director: 30% (directors answer the quarter-end surprise);
 *   - LinkedIn to a VP or C-level: 30% (senior people read LinkedIn, not cold email);
 * - another reply: 7% more (half `Not interested`, a quarter `Question`, a quarter `Out of office`);
 * - a meeting booked: 45% of positive replies;
 * - 3% of people have a dead address: every email to them bounces (and gets no reply).
 *
 * Run from the repository root:
 *   node --conditions=@compound/source --import tsx examples/generate-demo-history.ts
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { normalizeContact, readDelimited } from '../packages/core/src/index.js';
import { formatCsvRow, seededRandom } from '../packages/core/src/testing/index.js';
import type { SeededRandom } from '../packages/core/src/testing/index.js';

const seed = 20_260_907;
const here = dirname(fileURLToPath(import.meta.url));

/** The angles of `examples/playbook.md`. */
const angles = ['roi', 'pain-point', 'social-proof'] as const;
const header = ['Email', 'Campaign', 'Angle', 'Channel', 'Sent At', 'Replied', 'Reply Status', 'Meeting Booked', 'Bounced'];
const leaders = new Set(['c-level', 'vp', 'director']);
const firstDay = Date.UTC(2026, 8, 7);
const lastDay = Date.UTC(2026, 9, 16);
const dayMs = 86_400_000;
const stepGap = 3;
const campaigns = [
  { name: 'revops-launch', startDays: [0, 9] },
  { name: 'forecast-webinar', startDays: [8, 19] },
  { name: 'q4-pipeline', startDays: [18, 27] },
] as const;

interface Person {
  email: string;
  seniority: string | undefined;
  deadAddress: boolean;
}

/** Positive-reply probability of one message: the ground truth of the header comment. */
function positiveReplyRate(person: Person, angle: string, channel: string): number {
  if (person.seniority === 'director' && angle === 'pain-point') return 0.3;
  if ((person.seniority === 'vp' || person.seniority === 'c-level') && channel === 'LinkedIn') return 0.3;
  return 0.05;
}

/** The people of the demo list who can be sent an email, in the order of their first row. */
async function demoPeople(random: SeededRandom): Promise<Person[]> {
  const truth = JSON.parse(await readFile(join(here, 'contacts.truth.json'), 'utf8')) as { rowToEntity: Record<string, number> };
  const file = await readDelimited({ path: join(here, 'contacts.csv') });
  const emailColumn = file.header.indexOf('E-mail');
  const titleColumn = file.header.indexOf('Job Title');
  const byEntity = new Map<number, { email?: string; seniority?: string }>();
  for await (const { row, cells, error } of file.rows()) {
    const entity = truth.rowToEntity[String(row)];
    if (error !== undefined || entity === undefined) continue;
    const record = normalizeContact({ fields: { email: [cells[emailColumn] ?? ''], title: [cells[titleColumn] ?? ''] }, custom: {} });
    const person = byEntity.get(entity) ?? {};
    const email = record.emails.find((info) => info.valid && !info.role);
    person.email ??= email?.address;
    person.seniority ??= record.seniority;
    byEntity.set(entity, person);
  }
  const people: Person[] = [];
  for (const { email, seniority } of byEntity.values()) {
    if (email !== undefined) people.push({ email, seniority, deadAddress: random.chance(0.03) });
  }
  return people;
}

/** The `index`-th weekday from 2026-09-07, or undefined past 2026-10-16. */
function weekday(index: number): string | undefined {
  const time = firstDay + (Math.floor(index / 5) * 7 + (index % 5)) * dayMs;
  return time > lastDay ? undefined : new Date(time).toISOString().slice(0, 10);
}

/**
 * The history file's text (header and one row per message, sorted by send time), drawn from the
 * ground truth with the fixed seed: the same bytes on every run.
 */
export async function generateDemoHistory(): Promise<string> {
  const random = seededRandom(seed);
  const people = await demoPeople(random.fork());
  const repliedPositively = new Set<string>();
  const rows: string[][] = [];
  for (const campaign of campaigns) {
    for (const person of people) {
      if (repliedPositively.has(person.email) || !random.chance(leaders.has(person.seniority ?? '') ? 0.9 : 0.3)) continue;
      const angle = random.pick(angles);
      const start = random.int(campaign.startDays[0], campaign.startDays[1]);
      for (let step = 0; step < 3; step++) {
        const day = weekday(start + step * stepGap);
        if (day === undefined || (step > 0 && !random.chance(step === 1 ? 0.8 : 0.6))) break;
        const channel = random.chance(0.6) ? 'Email' : 'LinkedIn';
        const time = `${String(random.int(8, 17)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}`;
        const bounced = channel === 'Email' && person.deadAddress;
        const draw = random.next();
        const positive = !bounced && draw < positiveReplyRate(person, angle, channel);
        const otherReply = !bounced && !positive && draw < positiveReplyRate(person, angle, channel) + 0.07;
        const status = positive ? 'Interested' : otherReply ? random.weighted([['Not interested', 2], ['Question', 1], ['Out of office', 1]] as const) : '';
        const meeting = positive && random.chance(0.45);
        rows.push([person.email, campaign.name, angle, channel, `${day} ${time}`, status === '' ? 'no' : 'yes', status, meeting ? 'yes' : 'no', bounced ? 'yes' : 'no']);
        if (positive) repliedPositively.add(person.email);
        if (status !== '' && status !== 'Out of office') break;
      }
    }
  }
  rows.sort((left, right) => (left[4] ?? '').localeCompare(right[4] ?? '') || (left[0] ?? '').localeCompare(right[0] ?? ''));
  return `${[header, ...rows].map((cells) => formatCsvRow(cells)).join('\n')}\n`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const text = await generateDemoHistory();
  await writeFile(join(here, 'history.csv'), text, 'utf8');
  process.stderr.write(`wrote ${text.split('\n').length - 2} sends (${(Buffer.byteLength(text) / 1024).toFixed(0)} KB)\n`);
}
