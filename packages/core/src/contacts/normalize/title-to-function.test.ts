import { describe, expect, it } from 'vitest';
import { departmentToFunction, titleToFunction } from './title-to-function.js';

describe('titleToFunction', () => {
  it.each([
    ['CEO', 'executive'],
    // Polish, Italian, Dutch, German and French titles seen in European lists.
    ['Dyrektor Sprzedaży', 'sales'],
    ['Responsabile vendite', 'sales'],
    ['Verkoopmanager', 'sales'],
    ['Außendienstmitarbeiter', 'sales'],
    ['Comptable', 'finance'],
    ['Buchhalterin', 'finance'],
    ['Gründer', 'executive'],
    ['Amministratore Delegato', 'executive'],
    ['Prezes Zarządu', 'executive'],
    ['Co-Founder & CEO', 'executive'],
    ['Founder', 'executive'],
    ['Owner', 'executive'],
    ['Managing Director', 'executive'],
    ['Geschäftsführer', 'executive'],
    ['Jednatel', 'executive'],
    ['Founder & CTO', 'engineering'],
    ['CTO', 'engineering'],
    ['VP Engineering', 'engineering'],
    ['Software Engineer', 'engineering'],
    ['Senior Frontend Developer', 'engineering'],
    ['Engineering Manager', 'engineering'],
    ['Softwareentwickler', 'engineering'],
    ['Entwickler', 'engineering'],
    ['Senior SDE', 'engineering'],
    ['SDET II', 'engineering'],
    ['SWE Intern', 'engineering'],
    ['Head of Sales', 'sales'],
    ['Account Executive', 'sales'],
    ['SDR', 'sales'],
    ['BDR Team Lead', 'sales'],
    ['AE, Mid-Market', 'sales'],
    ['Business Development Manager', 'sales'],
    ['CRO', 'sales'],
    ['Sales Engineer', 'sales'],
    ['Jefe de Ventas', 'sales'],
    ['Leiter Vertrieb', 'sales'],
    ['Obchodní ředitel', 'sales'],
    ['Directeur commercial', 'sales'],
    ['Responsable marketing', 'marketing'],
    ['CMO', 'marketing'],
    ['Product Marketing Manager', 'marketing'],
    ['Growth Lead', 'marketing'],
    ['Demand Generation Manager', 'marketing'],
    ['Product Manager', 'product'],
    ['CPO', 'product'],
    ['Product Owner', 'product'],
    ['Product Designer', 'design'],
    ['UX Researcher', 'design'],
    ['Data Scientist', 'data'],
    ['Data Engineer', 'data'],
    ['Head of Analytics', 'data'],
    ['IT Manager', 'it'],
    ['CIO', 'it'],
    ['CISO', 'it'],
    ['System Administrator', 'it'],
    ['Customer Success Manager', 'customer-success'],
    ['CSM', 'customer-success'],
    ['Support Specialist', 'customer-success'],
    ['CFO', 'finance'],
    ['Financial Controller', 'finance'],
    ['Financial Analyst', 'finance'],
    ['Head of People', 'hr'],
    ['Technical Recruiter', 'hr'],
    ['HR Business Partner', 'hr'],
    ['Personalleiterin', 'hr'],
    ['General Counsel', 'legal'],
    ['Paralegal', 'legal'],
    ['COO', 'operations'],
    ['RevOps Manager', 'operations'],
    ['Revenue Operations Lead', 'operations'],
    ['Executive Assistant to the CEO', 'operations'],
    ['Assistant to the CEO', 'other'],
    ['Supply Chain Manager', 'operations'],
    ['Teacher', 'other'],
  ])('%j → %s', (title, jobFunction) => {
    expect(titleToFunction(title)).toBe(jobFunction);
  });

  it('returns undefined for a blank title', () => {
    expect(titleToFunction('')).toBeUndefined();
  });
});

describe('departmentToFunction', () => {
  it.each([
    ['Engineering', 'engineering'],
    ['master_sales', 'sales'],
    ['c_suite', 'executive'],
    ['C-Suite', 'executive'],
    ['Human Resources', 'hr'],
    ['Information Technology', 'it'],
    ['engineering_technical', 'engineering'],
    ['Marketing', 'marketing'],
    ['Finance', 'finance'],
    ['Operations', 'operations'],
    ['Legal', 'legal'],
  ])('%j → %s', (department, jobFunction) => {
    expect(departmentToFunction(department)).toBe(jobFunction);
  });
});
