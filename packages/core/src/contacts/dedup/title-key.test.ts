import { describe, expect, it } from 'vitest';
import { titleBand, titleKey } from './title-key.js';

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

describe('titleBand', () => {
  const band = (title: string): number => titleBand(titleKey(title));

  it('numbers one seniority and function alike, from 1', () => {
    expect(band('Software Engineer')).toBeGreaterThan(0);
    expect(band('Software Developer')).toBe(band('Software Engineer'));
    expect(band('Sr. Software Engineer')).toBe(band('Software Engineer'));
    expect(band('Enterprise Account Executive')).toBe(band('Account Executive'));
  });

  it('tells other seniorities or functions apart, and gives 0 to titles of no known function', () => {
    expect(band('VP Sales')).not.toBe(band('VP Marketing'));
    expect(band('Head of Marketing')).not.toBe(band('Software Engineer'));
    // an assistant is not their principal
    expect(band('Assistant to the CEO')).not.toBe(band('CEO'));
    expect(band('Nurse')).toBe(0);
    expect(band('')).toBe(0);
  });
});
