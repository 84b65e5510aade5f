import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CompoundError } from '../errors/index.js';
import { parsePlaybook } from './parse-playbook.js';

const examplePath = fileURLToPath(new URL('../../../../examples/playbook.md', import.meta.url));
const example = readFileSync(examplePath, 'utf8');

const minimalYaml = `name: Test
problem: Forecasts are guesses.
icp:
  industry:
    include: [software]
  companySize:
    min: 50
    max: 1000
`;

function parseError(text: string, file = 'playbook.md'): CompoundError {
  try {
    parsePlaybook(text, { file });
  } catch (error) {
    if (CompoundError.isInstance(error)) return error;
    throw error;
  }
  throw new Error('expected parsePlaybook to throw');
}

describe('parsePlaybook', () => {
  it('reads the example playbook: structured block plus narrative', () => {
    const playbook = parsePlaybook(example, { file: 'examples/playbook.md' });
    expect(playbook.name).toMatch(/Pipewise/);
    expect(playbook.problem).toMatch(/Revenue leaders/);
    expect(playbook.icp.companySize).toMatchObject({ min: 50, max: 1000, weight: 2, required: false });
    expect(playbook.icp.geography?.regions).toEqual(['EU', 'DACH', 'Nordics', 'North America']);
    expect(playbook.icp.seniority?.include).toEqual(['c-level', 'vp', 'director']);
    expect(playbook.personas).toHaveLength(3);
    expect(playbook.angles.map((angle) => angle.name)).toEqual(['roi', 'pain-point', 'social-proof']);
    expect(playbook.matchThreshold).toBe(0.6);
    expect(playbook.narrative).toMatch(/## Why we exist/);
    expect(playbook.narrative).not.toMatch(/^icp:/m);
    expect(playbook.narrative).toMatch(/## Notes/);
  });

  it('accepts a plain YAML file and applies defaults', () => {
    const playbook = parsePlaybook(minimalYaml, { file: 'icp.yaml' });
    expect(playbook.matchThreshold).toBe(0.6);
    expect(playbook.icp.industry).toEqual({ weight: 1, required: false, include: ['software'], exclude: [] });
    expect(playbook.personas).toEqual([]);
    expect(playbook.narrative).toBeUndefined();
  });

  it('accepts a fenceless text as YAML and ~~~yml fences', () => {
    expect(parsePlaybook(minimalYaml).name).toBe('Test');
    expect(parsePlaybook(`# Title\n\n~~~yml\n${minimalYaml}~~~\n`).name).toBe('Test');
  });

  it('normalizes aliases: seniority, function, countries and regions', () => {
    const playbook = parsePlaybook(
      `name: A\nproblem: B\nicp:\n  seniority: { include: [C-Suite, VP, Head of] }\n  function: { include: [RevOps, Customer Success] }\n  geography: { countries: [Germany, usa, se], regions: [dach, nordic, UK & Ireland] }\n`,
    );
    expect(playbook.icp.seniority?.include).toEqual(['c-level', 'vp', 'director']);
    expect(playbook.icp.function?.include).toEqual(['operations', 'customer-success']);
    expect(playbook.icp.geography?.countries).toEqual(['DE', 'US', 'SE']);
    expect(playbook.icp.geography?.regions).toEqual(['DACH', 'Nordics', 'UK&I']);
  });

  it('reads the time zone, canonically spelt, and names the line of an unknown one', () => {
    expect(parsePlaybook(`${minimalYaml}timeZone: europe/berlin\n`, { file: 'icp.yaml' }).timeZone).toBe('Europe/Berlin');
    expect(parsePlaybook(minimalYaml, { file: 'icp.yaml' }).timeZone).toBeUndefined();
    const error = parseError(`${minimalYaml}timeZone: Europe/Berln\n`, 'icp.yaml');
    expect(error.message).toContain('icp.yaml:9: timeZone: expected an IANA time zone such as Europe/Berlin, America/New_York or UTC');
  });

  it('names the file, line and key path of a bad value', () => {
    const error = parseError(example.replace('min: 50', 'min: fifty'));
    expect(error.code).toBe('playbook-invalid');
    expect(error.context).toEqual({ file: 'playbook.md', field: 'icp.companySize.min' });
    const line = example.split('\n').findIndex((text) => text.includes('min: 50')) + 1;
    expect(error.message).toContain(`playbook.md:${line}: icp.companySize.min: expected a number`);
  });

  it('lists every problem: unknown keys, bad enum values, missing fields, negative weights', () => {
    const text = `name: A\nicp:\n  industry: { include: [software], wieght: 2 }\n  seniority: { include: [boss] }\n  function: { weight: -1, include: [sales] }\n`;
    const { message } = parseError(text, 'p.yaml');
    expect(message).toContain("p.yaml:1: problem: is required (a string)");
    expect(message).toContain("p.yaml:3: icp.industry: unknown key 'wieght'");
    expect(message).toContain("p.yaml:4: icp.seniority.include[0]: 'boss' is not valid; expected one of: c-level, vp, director, manager, ic");
    expect(message).toContain('p.yaml:5: icp.function.weight: must be >= 0');
  });

  it('rejects unknown countries and regions, inverted size ranges and an ICP with nothing to score', () => {
    expect(parseError(`name: A\nproblem: B\nicp:\n  geography: { countries: [Germny] }\n`).message).toContain(
      "icp.geography.countries[0]: unknown country 'Germny'",
    );
    expect(parseError(`name: A\nproblem: B\nicp:\n  geography: { regions: [Mars] }\n`).message).toContain("unknown region 'Mars'");
    expect(parseError(`name: A\nproblem: B\nicp:\n  companySize: { min: 500, max: 50 }\n`).message).toContain(
      'icp.companySize: min must not exceed max',
    );
    expect(parseError(`name: A\nproblem: B\nicp:\n  industry: { weight: 0, include: [software] }\n`).message).toContain(
      'icp: configure at least one dimension',
    );
  });

  it('reports YAML syntax errors with the line in the Markdown file', () => {
    const error = parseError('# Title\n\nprose\n\n```yaml\nname: A\nproblem: [unclosed\n```\n');
    expect(error.message).toMatch(/^Playbook playbook\.md:\d+: YAML syntax error/);
    expect(Number(/playbook\.md:(\d+)/.exec(error.message)?.[1])).toBeGreaterThanOrEqual(7);
  });

  it('refuses two yaml blocks and Markdown without one', () => {
    expect(parseError('```yaml\nname: A\n```\n\n```yaml\nname: B\n```\n').message).toContain('more than one');
    expect(parseError('# Just prose\n\nNo structure here.').message).toContain('no ```yaml block found');
  });
});
