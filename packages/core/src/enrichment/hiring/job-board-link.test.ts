import { describe, expect, it } from 'vitest';
import { findJobBoardLinks, jobBoardTokens } from './job-board-link.js';

describe('findJobBoardLinks', () => {
  it('recognises the four board URL shapes and skips site pages', () => {
    const links = findJobBoardLinks([
      'https://boards.greenhouse.io/acme/jobs/123',
      'https://job-boards.greenhouse.io/acme',
      'https://boards.greenhouse.io/embed/job_board?for=beta',
      'https://jobs.lever.co/gamma/uuid/apply',
      'https://jobs.ashbyhq.com/delta',
      'https://jobs.ashbyhq.com/',
      'https://www.greenhouse.io/careers',
      'not a url',
    ]);
    expect(links.map((link) => [link.vendor, link.token])).toEqual([
      ['greenhouse', 'acme'],
      ['greenhouse', 'beta'],
      ['lever', 'gamma'],
      ['ashby', 'delta'],
    ]);
  });

  it('reads tokens of one vendor from the jobBoards field, ignoring junk', () => {
    const known = { jobBoards: { value: [{ vendor: 'lever', token: 'gamma', url: 'x' }, { vendor: 'lever' }, 'junk'], source: 's', confidence: 1 } };
    expect(jobBoardTokens(known, 'lever')).toEqual(['gamma']);
    expect(jobBoardTokens(known, 'ashby')).toEqual([]);
    expect(jobBoardTokens({}, 'lever')).toEqual([]);
  });
});
