import { describe, expect, it } from 'vitest';
import { seniorityFromLabel } from './seniority-from-label.js';
import { titleToSeniority } from './title-to-seniority.js';

describe('titleToSeniority', () => {
  it.each([
    ['CEO', 'c-level'],
    ['Chief Executive Officer', 'c-level'],
    ['CTO', 'c-level'],
    ['CRO', 'c-level'],
    ['CMO', 'c-level'],
    ['CFO', 'c-level'],
    ['COO', 'c-level'],
    ['CPO', 'c-level'],
    ['CISO', 'c-level'],
    ['Co-Founder & CEO', 'c-level'],
    ['Founder', 'c-level'],
    ['Cofounder', 'c-level'],
    ['Owner', 'c-level'],
    ['Co-owner', 'c-level'],
    ['Partner', 'c-level'],
    ['Managing Partner', 'c-level'],
    ['President', 'c-level'],
    ['President & CEO', 'c-level'],
    ['Managing Director', 'c-level'],
    ['Executive Director', 'c-level'],
    ['Chairman of the Board', 'c-level'],
    ['Geschäftsführer', 'c-level'],
    ['Geschäftsführerin', 'c-level'],
    ['Jednatel', 'c-level'],
    ['jednatelka společnosti', 'c-level'],
    ['Generální ředitel', 'c-level'],
    ['Directeur Général', 'c-level'],
    ['PDG', 'c-level'],
    ['Director General', 'c-level'],
    ['Fundador', 'c-level'],
    ['Assistant to the CEO', 'ic'],
    ['Executive Assistant to the CEO', 'ic'],
    ['Chief of Staff', 'director'],
    ['VP Engineering', 'vp'],
    ['Vice President of Sales', 'vp'],
    ['Senior Vice President, Marketing', 'vp'],
    ['SVP Sales', 'vp'],
    ['EVP', 'vp'],
    ['AVP, Finance', 'vp'],
    ['Head of Sales', 'director'],
    ['Global Head of Partnerships', 'director'],
    ['Director of Product', 'director'],
    ['Sr. Director, Engineering', 'director'],
    ['Leiter Vertrieb', 'director'],
    ['Abteilungsleiter IT', 'director'],
    ['Vertriebsleiter', 'director'],
    ['Teamleiter Support', 'manager'],
    ['Jefe de Ventas', 'director'],
    ['Directeur commercial', 'director'],
    ['Responsable marketing', 'director'],
    ['Obchodní ředitel', 'director'],
    ['General Manager', 'director'],
    ['Sales Manager', 'manager'],
    ['Engineering Manager', 'manager'],
    ['Sr. Product Manager', 'manager'],
    ['Sales Mgr', 'manager'],
    ['Team Lead', 'manager'],
    ['Tech Lead', 'manager'],
    ['Growth Lead', 'manager'],
    ['Supervisor', 'manager'],
    ['Account Executive', 'ic'],
    ['Senior Account Executive', 'ic'],
    ['SDR', 'ic'],
    ['BDR', 'ic'],
    ['Software Engineer', 'ic'],
    ['Sr. Software Eng', 'ic'],
    ['Lead Engineer', 'ic'],
    ['Lead Generation Specialist', 'ic'],
    ['RevOps Specialist', 'ic'],
    ['Product Owner', 'ic'],
    ['Partner Manager', 'manager'],
    ['HR Business Partner', 'ic'],
    ['Channel Partner Account Manager', 'manager'],
    ['Founding Engineer', 'ic'],
    ['Intern', 'ic'],
  ])('%j → %s', (title, seniority) => {
    expect(titleToSeniority(title)).toBe(seniority);
  });

  it('returns undefined for a blank title', () => {
    expect(titleToSeniority('  ')).toBeUndefined();
    expect(titleToSeniority('---')).toBeUndefined();
  });
});

describe('seniorityFromLabel', () => {
  it.each([
    ['c_suite', 'c-level'],
    ['C suite', 'c-level'],
    ['C-Level', 'c-level'],
    ['CXO', 'c-level'],
    ['Founder', 'c-level'],
    ['owner', 'c-level'],
    ['partner', 'c-level'],
    ['vp', 'vp'],
    ['VP', 'vp'],
    ['head', 'director'],
    ['Director', 'director'],
    ['manager', 'manager'],
    ['senior', 'ic'],
    ['Entry', 'ic'],
    ['intern', 'ic'],
    ['something else', undefined],
    ['', undefined],
  ])('%j → %s', (label, seniority) => {
    expect(seniorityFromLabel(label)).toBe(seniority);
  });
});
