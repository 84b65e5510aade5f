import { describe, expect, it } from 'vitest';
import { compareTitleLevel, titleKey } from './title-key.js';

describe('titleKey', () => {
  it('gives one key to one title written several ways', () => {
    const vp = titleKey('VP of Sales');
    for (const title of ['Vice President, Sales', 'VP, Sales', 'Sales VP', 'vp sales']) expect(titleKey(title)).toBe(vp);
    expect(titleKey('Director of Sales')).toBe(titleKey('Sales Director'));
    expect(titleKey('CEO & Founder')).toBe(titleKey('Founder and CEO'));
    expect(titleKey('Sr. Software Engineer')).toBe(titleKey('Senior Software Engineer'));
    expect(titleKey('VP Sales')).not.toBe(titleKey('VP Marketing'));
    expect(titleKey(' ')).toBe('');
  });
});

describe('compareTitleLevel', () => {
  const level = (a: string, b: string): number => compareTitleLevel(titleKey(a), titleKey(b));

  it('grades one seniority and function, or one title inside the other, as similar', () => {
    expect(level('Software Engineer', 'Software Developer')).toBe(1);
    expect(level('Software Engineer', 'Sr. Software Engineer')).toBe(1);
    expect(level('Account Executive', 'Enterprise Account Executive')).toBe(1);
  });

  it('grades other titles as different, titles of no known function included', () => {
    expect(level('VP Sales', 'VP Marketing')).toBe(0);
    expect(level('Head of Marketing', 'Software Engineer')).toBe(0);
    expect(level('Nurse', 'Teacher')).toBe(0);
    // one word of a longer title is not that title
    expect(level('Assistant to the CEO', 'CEO')).toBe(0);
  });
});
