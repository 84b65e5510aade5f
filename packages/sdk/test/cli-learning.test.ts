import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './run-cli-helper.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const history = join(root, 'packages', 'core', 'src', 'learning', 'evaluate', '__fixtures__', 'outreach-history.csv');
let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'compound-learning-cli-'));
  const contacts = ['First Name,Last Name,Email,Title,Employees'];
  const results = ['Email,Campaign,Template,Channel,Segment,Sent At,Replied,Reply Sentiment,Meeting Booked'];
  for (let index = 0; index < 120; index++) {
    contacts.push(`P${index},L${index},p${index}@c${index % 30}.example,${index % 2 ? 'VP Sales' : 'Engineer'},${60 + index}`);
    const angle = index % 2 ? 'roi' : 'pain-point';
    const day = String(5 + Math.floor(index / 12)).padStart(2, '0');
    const replied = angle === 'roi' ? index % 4 === 1 : index % 20 === 0;
    results.push(`p${index}@c${index % 30}.example,q1,${angle},Email,vp,2026-01-${day} 10:00,${replied ? 'yes' : 'no'},${replied ? 'Interested' : ''},no`);
  }
  await writeFile(join(directory, 'contacts.csv'), contacts.join('\n'));
  await writeFile(join(directory, 'history.csv'), results.join('\n'));
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('learning commands', () => {
  it('events import is idempotent and feeds rank, insights, forecast and digest', async () => {
    expect((await cli(['import', 'contacts.csv'], directory)).code).toBe(0);
    const first = await cli(['events', 'import', 'history.csv', '--json'], directory);
    expect(first.code).toBe(0);
    const imported = JSON.parse(first.stdout) as { rows: number; inserted: number; matchedContacts: number };
    expect(imported.rows).toBe(120);
    expect(imported.inserted).toBeGreaterThanOrEqual(120);
    expect(imported.matchedContacts).toBe(120);
    const again = JSON.parse((await cli(['events', 'import', 'history.csv', '--json'], directory)).stdout) as { inserted: number; duplicates: number };
    expect(again.inserted).toBe(0);
    expect(again.duplicates).toBe(imported.inserted);

    const ranked = JSON.parse((await cli(['rank', '--json', '--top', '5'], directory)).stdout) as Array<{ id: string; ev: number; reasons: string[] }>;
    expect(ranked).toHaveLength(5);
    expect(ranked[0]?.ev).toBeGreaterThanOrEqual(ranked[4]?.ev ?? 0);
    const campaign = JSON.parse((await cli(['rank', '--json', '--campaign', 'q1'], directory)).stdout) as unknown[];
    expect(campaign).toHaveLength(0);
    const allSent = await cli(['rank', '--campaign', 'q1'], directory);
    expect(allSent.stdout).toBe('Every contact was already sent in campaign "q1": nothing left to rank.\n');
    const typo = await cli(['rank', '--campaign', 'Q1 ', '--top', '1'], directory);
    expect(typo.stdout).toMatch(/^No sends recorded in campaign "Q1 " \(campaigns in your history: q1\), so no contact is left out\.\n\n {3}1\. EV /);

    // The user's angle and channel for every contact, said as the user's choice.
    const chosen = JSON.parse((await cli(['rank', '--json', '--top', '3', '--angle', 'pain-point', '--channel', 'linkedin'], directory)).stdout) as Array<{ angle: string; channel: string; reasons: string[] }>;
    expect(chosen.map((entry) => [entry.angle, entry.channel])).toEqual(Array.from({ length: 3 }, () => ['pain-point', 'linkedin']));
    expect(chosen[0]?.reasons.join(' | ')).toMatch(/pain-point angle \(your choice\): /);
    // The channel as the history file writes it ('Email', 'E-Mail'), read as the import reads its channel cells.
    const byEmail = await cli(['rank', '--json', '--top', '3', '--angle', 'roi', '--channel', 'email'], directory);
    for (const written of ['Email', 'E-Mail']) {
      const asWritten = await cli(['rank', '--json', '--top', '3', '--angle', 'roi', '--channel', written], directory);
      expect(asWritten.stdout).toBe(byEmail.stdout);
    }
    expect((JSON.parse(byEmail.stdout) as Array<{ channel: string }>)[0]?.channel).toBe('email');
    const unknownAngle = await cli(['rank', '--angle', 'ROI'], directory);
    expect(unknownAngle.code).not.toBe(0);
    expect(unknownAngle.code).toBe(2);
    expect(unknownAngle.stderr).toMatch(/angle "ROI" is neither in your playbook nor in your history; known angles: (roi, pain-point|pain-point, roi)/);
    // An unknown channel is refused as an unknown angle is (was accepted silently), naming the known ones.
    const fax = await cli(['rank', '--channel', 'fax'], directory);
    expect(fax.code).toBe(2);
    expect(fax.stdout).toBe('');
    expect(fax.stderr).toMatch(/channel "fax" is neither built in nor in your history; known channels: email, linkedin/);

    const insights = JSON.parse((await cli(['insights', '--json'], directory)).stdout) as { sends: number; insights: Array<{ text: string; n: number }> };
    expect(insights.sends).toBe(120);
    expect(insights.insights.length).toBeGreaterThan(0);
    for (const insight of insights.insights) expect(insight.n).toBeGreaterThan(0);

    const forecast = JSON.parse((await cli(['forecast', '--json', '--weeks', '3'], directory)).stdout) as { weeks: number; outcomes: unknown[] };
    expect(forecast.weeks).toBe(3);
    expect(forecast.outcomes.length).toBeGreaterThan(0);

    // The history is of January 2026: ask for its latest week, not the default (last week).
    const digest = await cli(['digest', '--json', '--week', 'latest'], directory);
    expect(digest.code).toBe(0);
    const weekly = JSON.parse(digest.stdout) as { thisWeek: { sends: number; targetInterval: [number, number] }; text: string } | null;
    expect(weekly?.thisWeek.sends).toBeGreaterThan(0);
    expect(weekly?.thisWeek.targetInterval).toEqual([expect.any(Number), expect.any(Number)]);
    expect(weekly?.text).toMatch(/ of \d+ sends \(\d+\.\d% \[\d+\.\d%–\d+\.\d%\]; /);
    const human = await cli(['digest', '--week', 'latest'], directory);
    expect(human.stdout.trim()).toBe(weekly?.text.trim());
  });

  it('insights puts findings first and sums up "not enough data" per dimension; --all lists every statement the JSON has', async () => {
    const own = await mkdtemp(join(tmpdir(), 'compound-insights-cli-'));
    try {
      await writeFile(join(own, 'history.csv'), await readFile(join(directory, 'history.csv')));
      expect((await cli(['events', 'import', 'history.csv'], own)).code).toBe(0);
      const json = JSON.parse((await cli(['insights', '--json'], own)).stdout) as { insights: Array<{ kind: string; text: string }> };
      const shortfalls = json.insights.filter((insight) => insight.kind === 'not-enough-data');
      expect(shortfalls.length).toBeGreaterThan(0);
      const grouped = (await cli(['insights'], own)).stdout;
      expect(grouped).toMatch(new RegExp(`\\n\\nNot enough data yet for ${shortfalls.length} comparisons? \\(--all lists each\\):\\n`));
      expect(grouped).not.toContain('Not enough data yet: about');
      const every = await cli(['insights', '--all'], own);
      expect(every.code).toBe(0);
      for (const insight of shortfalls) expect(every.stdout).toContain(`  • ${insight.text}\n`);
    } finally {
      await rm(own, { recursive: true, force: true });
    }
    // Five CLI runs, each opening the embedded database: 45 s on a loaded 2-core machine.
  }, 120_000);

  it('rank on a short history says it is a cold start without telling the user to import what they imported', async () => {
    const fresh = await mkdtemp(join(tmpdir(), 'compound-cold-start-'));
    await writeFile(join(fresh, 'contacts.csv'), 'Name,Email\nAda Lovelace,ada@a.example\nTom Baker,tom@b.example\n');
    await writeFile(join(fresh, 'history.csv'), 'Email,Sent At,Replied\nada@a.example,2026-01-05,yes\n');
    expect((await cli(['import', 'contacts.csv'], fresh)).code).toBe(0);
    // No send recorded: no channel is known, so the one asked for is taken as given, and said so.
    const anyChannel = await cli(['rank', '--channel', 'fax'], fresh);
    expect(anyChannel.code).toBe(0);
    expect(anyChannel.stdout).toMatch(/^No sends recorded yet, so your history knows no channel: --channel fax is taken as given\.\n/);
    expect((await cli(['events', 'import', 'history.csv'], fresh)).code).toBe(0);
    const result = await cli(['rank'], fresh);
    // P is of the target ranked for: a positive reply by default, not any reply.
    expect(result.stdout).toMatch(/^Cold start: too little outcome history to learn from yet \(1 send so far\), so P \(of a positive reply\) comes from ICP fit\./);
    expect((await cli(['rank', '--target', 'meeting'], fresh)).stdout).toMatch(/^Cold start: .*, so P \(of a meeting\) comes from ICP fit\./);
    expect(result.stdout).not.toMatch(/Import past results/);
    await rm(fresh, { recursive: true, force: true });
  });

  it('events import gives sends without a segment column the segment rank asks about', async () => {
    const fresh = await mkdtemp(join(tmpdir(), 'compound-segments-'));
    const contacts = ['Name,Email,Title,Employees'];
    const history = ['Email,Sent At,Template,Replied'];
    for (let index = 0; index < 24; index++) {
      contacts.push(`Person ${index},p${index}@s${index}.example,VP Sales,120`);
      history.push(`p${index}@s${index}.example,2026-01-${String(5 + (index % 5)).padStart(2, '0')} 10:00,roi,${index % 6 === 0 ? 'yes' : 'no'}`);
    }
    await writeFile(join(fresh, 'contacts.csv'), `${contacts.join('\n')}\n`);
    await writeFile(join(fresh, 'history.csv'), `${history.join('\n')}\n`);
    expect((await cli(['import', 'contacts.csv'], fresh)).code).toBe(0);
    expect((await cli(['events', 'import', 'history.csv'], fresh)).code).toBe(0);
    const digest = JSON.parse((await cli(['digest', '--json', '--week', '2026-01-05'], fresh)).stdout) as { topSegments: Array<{ segment: string; sends: number }> };
    expect(digest.topSegments).toEqual([expect.objectContaining({ segment: 'vp · 51–200', sends: 24 })]);
    await rm(fresh, { recursive: true, force: true });
  });

  it('events import of a history whose contacts are not in the workspace takes the segment from the row\'s title and company size', async () => {
    const fresh = await mkdtemp(join(tmpdir(), 'compound-history-segments-'));
    const history = ['Email,Title,Company Size,Sent At,Template,Replied'];
    for (let index = 0; index < 48; index++) history.push(`p${index}@s${index}.example,${index % 2 ? 'VP Sales' : 'Sales Manager'},51-200,2026-01-0${5 + (index % 5)} 10:00,roi,${index % 6 === 0 ? 'yes' : 'no'}`);
    await writeFile(join(fresh, 'history.csv'), `${history.join('\n')}\n`);
    const imported = await cli(['events', 'import', 'history.csv'], fresh);
    expect(imported.stdout).toContain('Title → title, Company Size → companySize');
    expect(imported.stdout).not.toMatch(/not used/);
    const digest = JSON.parse((await cli(['digest', '--json', '--week', '2026-01-05'], fresh)).stdout) as { topSegments: Array<{ segment: string; sends: number }> };
    expect(digest.topSegments.map((segment) => [segment.segment, segment.sends]).sort()).toEqual([['manager · 51–200', 24], ['vp · 51–200', 24]]);
    await rm(fresh, { recursive: true, force: true });
  });

  it('insights and forecast word one send and one week in the singular', async () => {
    const fresh = await mkdtemp(join(tmpdir(), 'compound-singular-'));
    await writeFile(join(fresh, 'one.csv'), 'Email,Sent At,Replied\nada@a.example,2026-01-05 10:00,yes\n');
    expect((await cli(['events', 'import', 'one.csv'], fresh)).code).toBe(0);
    expect((await cli(['insights'], fresh)).stdout).toMatch(/^From 1 send:\n/);
    await writeFile(join(fresh, 'more.csv'), 'Email,Sent At,Replied\nbo@b.example,2026-01-19 10:00,no\ncy@c.example,2026-01-26 10:00,no\ndi@d.example,2026-02-02 10:00,no\n');
    expect((await cli(['events', 'import', 'more.csv'], fresh)).code).toBe(0);
    // A history of four weeks ending 2026-02-02: no sends in the last four weeks, so the forecast is at the pace of the four weeks to the last send (3 in them).
    expect((await cli(['forecast', '--weeks', '1'], fresh)).stdout).toMatch(/\nIf you send again at the pace of the four weeks to your last send \(1 send\/week\): next week, 90% intervals:\n/);
    // No meeting in the history: meetings are not tracked, said with what that stands on.
    expect((await cli(['forecast', '--weeks', '1'], fresh)).stdout).toMatch(/\n {2}meeting: not tracked \(none of your 4 sends has a meeting booked; /);
    await rm(fresh, { recursive: true, force: true });
  });

  it('events import --map names the column of a field the header does not say', async () => {
    await writeFile(join(directory, 'odd-history.csv'), 'Email,When,Replied\np1@c1.example,2026-02-02 10:00,yes\np2@c2.example,2026-02-03 10:00,no\n');
    const undetected = await cli(['events', 'import', 'odd-history.csv', '--json'], directory);
    expect(undetected.code).toBe(1);
    expect(undetected.stderr).toMatch(/no send date column .*--map COLUMN=sentAt/);
    const mapped = await cli(['events', 'import', 'odd-history.csv', '--map', 'When=sentAt', '--json'], directory);
    expect(mapped.stderr).toBe('');
    expect(mapped.code).toBe(0);
    expect(JSON.parse(mapped.stdout)).toMatchObject({ rows: 2, messages: 2, columns: { sentAt: 'When', email: 'Email', replied: 'Replied' } });
    const unknown = await cli(['events', 'import', 'odd-history.csv', '--map', 'When=sendDate'], directory);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/Unknown field "sendDate" for column "When".*sentAt/);
  });

  it('events import words counts in the singular, shows the columns used and says how many rejections it did not list', async () => {
    const fresh = await mkdtemp(join(tmpdir(), 'compound-events-text-'));
    await writeFile(join(fresh, 'contacts.csv'), 'Name,Email\nAda Lovelace,ada@a.example\n');
    expect((await cli(['import', 'contacts.csv'], fresh)).code).toBe(0);
    await writeFile(join(fresh, 'one-row.csv'), 'Email,Sent At,Replied,Shoe size\nada@a.example,2026-02-02 10:00,no,42\n');
    const one = await cli(['events', 'import', 'one-row.csv'], fresh);
    expect(one.code).toBe(0);
    expect(one.stdout).toBe(
      'Imported one-row.csv: 1 row → 1 sent message, 1 event (1 new, 0 already known)\n' +
        '  columns used: Email → email, Sent At → sentAt, Replied → replied\n' +
        "  1 time written without a zone read as UTC time (--timezone, or the playbook's timeZone, changes it)\n" +
        '  1 of 1 row matched a contact in the workspace\n' +
        '  not used: Shoe size\n',
    );
    const bad = ['Email,Sent At,Replied', ...Array.from({ length: 13 }, (_, index) => `p${index}@c${index}.example,not a date,no`)];
    await writeFile(join(fresh, 'bad-dates.csv'), `${bad.join('\n')}\n`);
    const rejected = await cli(['events', 'import', 'bad-dates.csv'], fresh);
    expect(rejected.stdout).toMatch(/\n {2}13 rows rejected:\n( {4}row \d+: Sent At "not a date" is not a date\n){10} {4}\.\.\. and 3 more \(--json lists them all\)\n/);
    // Every row rejected: nothing was imported, and there is no '0 of 0 rows matched contacts'.
    expect(rejected.stdout).toMatch(/^Nothing imported from bad-dates\.csv: all 13 rows were rejected\n {2}columns used: /);
    expect(rejected.stdout).not.toMatch(/matched/);
    await writeFile(join(fresh, 'header-only.csv'), 'Email,Sent At,Replied\n');
    const empty = await cli(['events', 'import', 'header-only.csv'], fresh);
    expect(empty.code).toBe(0);
    expect(empty.stdout).toBe('header-only.csv has a header but no data rows: nothing imported.\n');
    await rm(fresh, { recursive: true, force: true });
  });

  it('events import --date-order reads ambiguous slash dates day-first, and the warning names the option', async () => {
    const fresh = await mkdtemp(join(tmpdir(), 'compound-date-order-'));
    await writeFile(join(fresh, 'slash.csv'), 'Email,Sent At,Replied\nada@a.example,03/04/2026,no\nbo@b.example,05/04/2026,no\n');
    const guessed = await cli(['events', 'import', 'slash.csv'], fresh);
    expect(guessed.stdout).toMatch(/Warning: Slash dates in \S*slash\.csv could be day-first or month-first; read them month-first\. Pass --date-order dmy if they are day-first\./);
    await writeFile(join(fresh, 'slash-again.csv'), 'Email,Sent At,Replied\nada@a.example,03/04/2026,no\nbo@b.example,05/04/2026,no\n');
    const dayFirst = await cli(['events', 'import', 'slash-again.csv', '--date-order', 'dmy', '--json', '--workspace', 'day-first'], fresh);
    expect(dayFirst.code).toBe(0);
    expect(JSON.parse(dayFirst.stdout)).toMatchObject({ messages: 2, warnings: [] });
    // 3 April, not 4 March: the digest's week is the one holding 5 April 2026 (a Sunday).
    expect(JSON.parse((await cli(['digest', '--json', '--week', 'latest', '--workspace', 'day-first'], fresh)).stdout)).toMatchObject({ weekStart: '2026-03-30' });
    const bad = await cli(['events', 'import', 'slash.csv', '--date-order', 'ymd'], fresh);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--date-order must be dmy \(day first\) or mdy \(month first\), got "ymd"/);
    await rm(fresh, { recursive: true, force: true });
  });

  it('simulate --json prints the contract fields', async () => {
    const result = await cli(['simulate', '--sends', '400', '--seed', '5', '--json'], directory);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as Record<string, unknown>;
    for (const key of ['sends', 'seed', 'market', 'achieved', 'oracle', 'uniform', 'testAndRoll', 'achievedLastHalf', 'regret', 'brier', 'ece', 'insights', 'falseInsights']) {
      expect(report).toHaveProperty(key);
    }
    expect(report['sends']).toBe(400);
    expect(report['seed']).toBe(5);
    expect(report['oracle'] as number).toBeGreaterThanOrEqual(report['uniform'] as number);
    for (const key of ['achieved', 'oracle', 'uniform', 'testAndRoll', 'achievedLastHalf']) {
      expect(typeof report[key]).toBe('number');
      const interval = (report['intervals'] as Record<string, { successes: number; sends: number; low: number; high: number }>)[key];
      expect(interval?.sends).toBe(key === 'achievedLastHalf' ? 200 : 400);
      expect((interval?.successes ?? Number.NaN) / (interval?.sends ?? Number.NaN)).toBe(report[key]);
    }
    const text = (await cli(['simulate', '--sends', '400', '--seed', '5'], directory)).stdout;
    expect(text).toMatch(/\n {2}learning loop {3}\d+\.\d\d% \[\d+\.\d\d–\d+\.\d\d%\] of 400, expected /);
    // The report ends with the last insight, whose text says its own sample size (no "(n N)" repeating it).
    const insights = report['insights'] as Array<{ text: string; n: number }>;
    expect(text.endsWith(`${insights.at(-1)?.text ?? ''}\n`)).toBe(true);
    for (const insight of report['insights'] as Array<Record<string, unknown>>) expect(Object.keys(insight)).toEqual(expect.arrayContaining(['text', 'n', 'true']));
    expect((await cli(['simulate', '--market', 'bogus'], directory)).code).toBe(2);
  });

  it('model evaluate --json prints the contract fields', async () => {
    const result = await cli(['model', 'evaluate', history, '--outcome', 'replied', '--positive', 'yes', '--exclude', 'contact_id', '--json'], directory);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { n: number; testN: number; baseRate: number; auc: number; brier: number; ece: number; baseline: Record<string, number> };
    expect(report.n).toBe(2000);
    expect(report.testN).toBe(400);
    expect(report.auc).toBeGreaterThan(0.6);
    expect(Object.keys(report.baseline).sort()).toEqual(['auc', 'brier', 'ece']);
    const text = await cli(['model', 'evaluate', history, '--outcome', 'replied', '--exclude', 'contact_id'], directory);
    expect(text.stdout).toMatch(/^Trained on 1,600 rows, tested on the last 400 \(base rate 13\.1% \[11\.6–14\.6%\] of all 2,000 rows\):\n/);
    const missing = await cli(['model', 'evaluate', history, '--json'], directory);
    expect(missing.code).toBe(2);
  });

  it('model evaluate says why AUC is n/a and that a small test set gives rough figures', async () => {
    const rows = ['angle,replied', ...Array.from({ length: 40 }, (_, index) => (index < 10 ? 'roi,yes' : 'pain,no'))];
    await writeFile(join(directory, 'early-replies.csv'), `${rows.join('\n')}\n`);
    const result = await cli(['model', 'evaluate', 'early-replies.csv', '--outcome', 'replied'], directory);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/AUC n\/a: the 8 test rows hold only one outcome, so ranking cannot be judged; try a larger --test-fraction/);
    expect(result.stdout).toMatch(/Only 8 test rows: treat these figures as rough/);
  });

  it('model evaluate names the bad row once', async () => {
    await writeFile(join(directory, 'unreadable.csv'), 'angle,replied\nroi,yes\npain,maybe\n');
    const result = await cli(['model', 'evaluate', 'unreadable.csv', '--outcome', 'replied', '--json'], directory);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/row 2: cannot read outcome "maybe"/);
    expect(result.stderr.match(/row 2/g)).toHaveLength(1);
  });
  it('events import skips blank rows (;;;;) and says how many', async () => {
    await writeFile(join(directory, 'blank-rows.csv'), 'Email;Sent At;Replied\np1@c1.example;2026-01-05;no\n;;\n;;\np2@c2.example;2026-01-05;yes\n');
    const text = await cli(['events', 'import', 'blank-rows.csv'], directory);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Imported blank-rows\.csv: 2 rows → /);
    expect(text.stdout).toContain('\n  2 blank rows skipped\n');
    expect(text.stdout).not.toContain('rejected');
    const json = JSON.parse((await cli(['events', 'import', 'blank-rows.csv', '--json'], directory)).stdout) as { rows: number; blankRows: number };
    expect(json).toMatchObject({ rows: 2, blankRows: 2 });
  });
  it('events import --map with a column the file lacks names the option and the columns, and lists columns it did not use', async () => {
    await writeFile(join(directory, 'shoe-size.csv'), 'Email,Sent At,Replied,Shoe size\np1@c1.example,2026-01-05,no,42\n');
    const missing = await cli(['events', 'import', 'shoe-size.csv', '--map', 'Nope=angle'], directory);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('--map Nope=angle: shoe-size.csv has no column "Nope" (its columns: Email, Sent At, Replied, Shoe size)');
    expect(missing.stderr).not.toContain('mapping.angle');
    const text = await cli(['events', 'import', 'shoe-size.csv'], directory);
    expect(text.stdout).toContain('\n  not used: Shoe size\n');
    const json = JSON.parse((await cli(['events', 'import', 'shoe-size.csv', '--json'], directory)).stdout) as { unusedColumns: string[]; rows: number };
    expect(json).toMatchObject({ rows: 1, unusedColumns: ['Shoe size'] });
  });
  it('events import warns of a reply dated before its send, with file, row and column', async () => {
    await writeFile(join(directory, 'early-reply.csv'), 'Email,Sent At,Replied,Replied At\np1@c1.example,2026-10-05T09:00:00+02:00,yes,2026-10-04T10:00:00Z\n');
    const text = await cli(['events', 'import', 'early-reply.csv'], directory);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/\n {2}Warning: Replied At is before the send \(Sent At\) in 1 row of \S*early-reply\.csv \(row 1\): kept as dated/);
  });
  it('events import reads a file of one row per event (HubSpot email events), says so, and lists unknown event types', async () => {
    const fresh = await mkdtemp(join(tmpdir(), 'compound-per-event-'));
    try {
      const hubspot = join(root, 'packages', 'core', 'src', 'learning', 'events', '__fixtures__', 'hubspot-email-events.csv');
      const extra = '5f1c2a7e-0015-4d1a-9a51-a0b1c2d3e415,1772704900000,WOBBLE,ada@analytical.example,81234567,Batch,5f1c2a7e-0001-4d1a-9a51-a0b1c2d3e401,1772442000000,\n';
      await writeFile(join(fresh, 'events.csv'), `${await readFile(hubspot, 'utf8')}${extra}`);
      const text = await cli(['events', 'import', 'events.csv'], fresh);
      expect(text.code).toBe(0);
      expect(text.stdout).toMatch(/^Imported events\.csv: 15 rows → 3 sent messages, 11 events \(11 new, 0 already known\)\n {2}one row per event/);
      expect(text.stdout).toContain(
        '\n  one row per event (event type in "type"): SENT ×3 → sent, PROCESSED ×1 → not an outcome, DELIVERED ×2 → delivered, OPEN ×4 → opened, CLICK ×1 → clicked, BOUNCE ×1 → bounced, UNSUBSCRIBED ×1 → unsubscribed, STATUSCHANGE ×1 → not an outcome\n',
      );
      expect(text.stdout).toContain('\n  event types not known, rows not read: WOBBLE (1 row)\n');
      expect(text.stdout).toMatch(/\n {2}Warning: 1 message has events but no sent event in \S*events\.csv \(row 14\): their events are stored/);
      const json = JSON.parse((await cli(['events', 'import', 'events.csv', '--json'], fresh)).stdout) as Record<string, unknown>;
      expect(json).toMatchObject({ layout: 'row-per-event', rows: 15, messages: 3, events: 11, inserted: 0, duplicates: 11, unknownEventTypes: [{ value: 'WOBBLE', rows: 1 }], withoutSend: { messages: 1, rows: [14] } });
      // The fields every events import --json had before stay.
      for (const field of ['file', 'source', 'columns', 'unusedColumns', 'rows', 'blankRows', 'messages', 'events', 'inserted', 'duplicates', 'matchedContacts', 'rejected', 'warnings']) expect(json).toHaveProperty(field);
    } finally {
      await rm(fresh, { recursive: true, force: true });
    }
  });
  it('events import --map Kind=eventType reads a per-event file by the mapping and says when no type is known', async () => {
    await writeFile(join(directory, 'kinds.csv'), 'Kind,When,Email\nWOBBLE,2026-03-02,p1@c1.example\n');
    const text = await cli(['events', 'import', 'kinds.csv', '--map', 'Kind=eventType', '--map', 'When=occurredAt'], directory);
    // No row held a send or an outcome: nothing imported, exit 1 (README, "Exit codes"), the report still printed.
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/^Nothing imported from kinds\.csv: no row held a send or an outcome Compound reads \(1 row read, 0 events\)\n/);
    expect(text.stdout).toContain('\n  one row per event (event type in "Kind"): no event type Compound knows\n  event types not known, rows not read: WOBBLE (1 row)\n');
  });

  it('rank --campaign says how many sends the campaign has when it leaves contacts out', async () => {
    const workspace = join(directory, 'partial');
    const extra = ['First Name,Last Name,Email,Title,Employees', 'New,Person,new.person@c1.example,VP Sales,80'];
    await writeFile(join(directory, 'extra.csv'), extra.join('\n'));
    for (const file of ['contacts.csv', 'extra.csv']) expect((await cli(['import', file, '--workspace', workspace], directory)).code).toBe(0);
    expect((await cli(['events', 'import', 'history.csv', '--workspace', workspace], directory)).code).toBe(0);
    const ranked = await cli(['rank', '--campaign', 'q1', '--workspace', workspace], directory);
    expect(ranked.stdout).toMatch(/^Campaign "q1": 120 sends so far; the contacts already sent in it are left out\.\n\n {3}1\. EV .* New Person/);
    expect(ranked.stdout.match(/^ +\d+\. EV/gm)).toHaveLength(1);
  });

  it('insights says positive replies count meetings when the history has meetings but no replies', async () => {
    const workspace = join(directory, 'meetings-only');
    const rows = ['Email,Campaign,Angle,Sent At,Meeting Booked'];
    for (let index = 0; index < 40; index++) rows.push(`p${index}@c${index % 30}.example,q1,roi,2026-01-05 10:00,${index % 10 === 0 ? 'yes' : 'no'}`);
    await writeFile(join(directory, 'meetings.csv'), rows.join('\n'));
    expect((await cli(['import', 'contacts.csv', '--workspace', workspace], directory)).code).toBe(0);
    expect((await cli(['events', 'import', 'meetings.csv', '--workspace', workspace], directory)).code).toBe(0);
    const text = await cli(['insights', '--workspace', workspace], directory);
    expect(text.stdout).toMatch(/^Replies are not tracked in your history \(no send has a reply recorded, only meetings booked\): positive replies here count booked meetings only\.\n\nFrom 40 sends:/);
    expect((await cli(['insights', '--target', 'meeting', '--workspace', workspace], directory)).stdout).toMatch(/^From 40 sends:/);
    expect(JSON.parse((await cli(['insights', '--json', '--workspace', workspace], directory)).stdout)).toMatchObject({ sends: 40, repliesTracked: false });
    expect(JSON.parse((await cli(['insights', '--json'], directory)).stdout)).toMatchObject({ repliesTracked: true });
    const forecast = await cli(['forecast', '--workspace', workspace], directory);
    expect(forecast.stdout).toMatch(/\n {2}positive-reply: [\d.]+ expected \[\d+–\d+\] \(4 in 40 sends so far; replies are not tracked in your history, so these are booked meetings\)\n/);
    expect(JSON.parse((await cli(['forecast', '--json', '--workspace', workspace], directory)).stdout)).toMatchObject({ repliesTracked: false, meetingsTracked: true });
  });
});
