import { describe, expect, it } from 'vitest';
import { matchPersonaTitle } from './match-persona-title.js';

describe('matchPersonaTitle', () => {
  it('matches words in any order, case, accents and plurals folded', () => {
    expect(matchPersonaTitle('Support Engineering Manager - Americas', ['engineering manager'])).toBe('engineering manager');
    expect(matchPersonaTitle('Head of Sales, DACH', ['sales'])).toBe('sales');
    expect(matchPersonaTitle('Directrice Générale', ['directrice generale'])).toBe('directrice generale');
    expect(matchPersonaTitle('Android Engineer III', ['backend engineer'])).toBeUndefined();
  });

  it('reads a hyphenated word as its parts and spelled together (recorded Lever title "Back-end Engineer, Platform")', () => {
    expect(matchPersonaTitle('Back-end Engineer, Platform', ['backend engineer'])).toBe('backend engineer');
    expect(matchPersonaTitle('Back-end Engineer, Platform', ['back end engineer'])).toBe('back end engineer');
    expect(matchPersonaTitle('Backend Engineer (Trust & Safety), Platform', ['back-end engineer'])).toBe('back-end engineer');
    expect(matchPersonaTitle('Co-Founders Office Lead', ['cofounder'])).toBe('cofounder');
    expect(matchPersonaTitle('Front-end Engineer', ['backend engineer'])).toBeUndefined();
  });
});
