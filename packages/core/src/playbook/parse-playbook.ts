import { LineCounter, isNode, parseDocument } from 'yaml';
import type { z } from 'zod';
import { CompoundError } from '../errors/index.js';
import { playbookSchema } from './playbook-schema.js';
import type { Playbook } from './playbook-schema.js';

/** Options of {@link parsePlaybook}. */
export interface ParsePlaybookOptions {
  /**
   * The file name as the user gave it; used in error messages, and a `.yaml`/`.yml` name makes the
   * whole text the structured part.
   */
  file?: string;
}

interface StructuredBlock {
  yaml: string;
  /** 1-based line of the block's first YAML line in the file. */
  firstLine: number;
  narrative: string;
}

const fenceOpen = /^\s*(`{3,}|~{3,})\s*(yaml|yml)\s*$/i;

/** Finds the one fenced YAML block of a Markdown playbook; the prose around it is the narrative. */
function extractBlock(text: string, file: string): StructuredBlock | undefined {
  const lines = text.split(/\r?\n/);
  const blocks: Array<{ start: number; end: number }> = [];
  for (let index = 0; index < lines.length; index++) {
    const open = fenceOpen.exec(lines[index] ?? '');
    if (!open?.[1]) continue;
    const fence = open[1];
    let end = index + 1;
    while (end < lines.length && !(lines[end] ?? '').trim().startsWith(fence)) end++;
    blocks.push({ start: index, end });
    index = end;
  }
  if (blocks.length === 0) return undefined;
  const [block, second] = blocks;
  if (!block) return undefined;
  if (second) {
    throw new CompoundError({
      code: 'playbook-invalid',
      message: `Playbook ${file} has more than one \`\`\`yaml block (lines ${block.start + 1} and ${second.start + 1}); keep the structured part in one block.`,
      context: { file },
    });
  }
  const narrative = [...lines.slice(0, block.start), ...lines.slice(block.end + 1)].join('\n').trim();
  return { yaml: lines.slice(block.start + 1, block.end).join('\n'), firstLine: block.start + 2, narrative };
}

function describeType(expected: string): string {
  if (expected === 'array') return 'a list';
  if (expected === 'object') return 'a mapping (key: value lines)';
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** A founder-readable message for one zod issue. */
function describeIssue(issue: z.core.$ZodIssue, data: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return valueAt(data, issue.path) === undefined
        ? `is required (${describeType(issue.expected)})`
        : `expected ${describeType(issue.expected)}`;
    case 'too_small':
      if (issue.origin === 'array') return `list at least ${String(issue.minimum)} item(s)`;
      if (issue.origin === 'string') return 'must not be empty';
      return `must be ${issue.inclusive ? '>=' : '>'} ${String(issue.minimum)}`;
    case 'too_big':
      return `must be ${issue.inclusive ? '<=' : '<'} ${String(issue.maximum)}`;
    case 'invalid_value': {
      const value = valueAt(data, issue.path);
      const received = typeof value === 'string' ? `'${value}' is not valid; ` : '';
      return `${received}expected one of: ${issue.values.map(String).join(', ')}`;
    }
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `'${key}'`).join(', ')}`;
    default:
      return issue.message;
  }
}

function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) text += typeof key === 'number' ? `[${key}]` : `${text ? '.' : ''}${String(key)}`;
  return text || '(top level)';
}

/**
 * Parses and validates a playbook file.
 *
 * Format: Markdown with exactly one fenced ```` ```yaml ```` block holding the structured part
 * (`name`, `problem`, `icp`, `matchThreshold`, `personas`, `angles`); the prose around the block is
 * kept as `narrative`. A `.yaml`/`.yml` file, or a text without any fence, is read as YAML
 * throughout. See examples/playbook.md.
 *
 * @throws CompoundError `playbook-invalid` naming the file, line and key path of each problem,
 *   e.g. `playbook.md:14: icp.companySize.min: expected a number`.
 */
export function parsePlaybook(text: string, options: ParsePlaybookOptions = {}): Playbook {
  const file = options.file ?? 'playbook';
  const plainYaml = /\.ya?ml$/i.test(file);
  const block = plainYaml ? undefined : extractBlock(text, file);
  const yamlText = block?.yaml ?? text;
  const lineOffset = (block?.firstLine ?? 1) - 1;

  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: false });
  const lineOf = (offset: number): number => lineCounter.linePos(offset).line + lineOffset;
  const [syntaxError] = document.errors;
  if (syntaxError) {
    const line = lineOf(syntaxError.pos[0]);
    throw new CompoundError({
      code: 'playbook-invalid',
      message: `Playbook ${file}:${line}: YAML syntax error: ${syntaxError.message.split('\n')[0] ?? ''}`,
      context: { file },
      cause: syntaxError,
    });
  }
  const data: unknown = document.toJS();
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    const hint = block || plainYaml ? '' : ' (no ```yaml block found)';
    throw new CompoundError({
      code: 'playbook-invalid',
      message: `Playbook ${file}: expected a YAML mapping with name, problem and icp${hint}.`,
      context: { file },
    });
  }

  const result = playbookSchema.safeParse(data);
  if (!result.success) {
    const lineOfPath = (path: readonly PropertyKey[]): number => {
      for (let length = path.length; length >= 0; length--) {
        const node: unknown = document.getIn(path.slice(0, length), true);
        if (isNode(node) && node.range) return lineOf(node.range[0]);
      }
      return lineOffset + 1;
    };
    const problems = result.error.issues.map((issue) => {
      const path = issue.path;
      const linePath = issue.code === 'unrecognized_keys' && issue.keys[0] !== undefined ? [...path, issue.keys[0]] : path;
      return { path, line: lineOfPath(linePath), text: `${formatPath(path)}: ${describeIssue(issue, data)}` };
    });
    const first = problems[0];
    throw new CompoundError({
      code: 'playbook-invalid',
      message: [`Playbook ${file} is invalid:`, ...problems.map((problem) => `  ${file}:${problem.line}: ${problem.text}`)].join('\n'),
      context: { file, field: first ? formatPath(first.path) : undefined },
      cause: result.error,
    });
  }
  return block?.narrative ? { ...result.data, narrative: block.narrative } : result.data;
}
