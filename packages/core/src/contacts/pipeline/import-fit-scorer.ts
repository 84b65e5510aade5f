import { fitScore, type Playbook } from '../../playbook/index.js';
import type { StoredCompany, StoredContact, StoredFitReason } from '../../store/store.js';
import type { CompanyResolver } from './resolve-companies.js';

/** Scores an import's contacts as their clusters are merged, so they can be written at once. */
export interface ImportFitScorer {
  /** The playbook version scores are computed against. */
  version: number;
  /** Scores `contact` against its company as it is now (merged-away contacts are left alone). */
  score(contact: StoredContact): void;
  /**
   * Re-scores the contacts whose company changed after they were scored (a later row filled its
   * industry, size or country) and returns those whose fit or reasons changed, to be written again.
   */
  rescoreChanged(): StoredContact[];
}

/** What a company adds to a contact's fit: the fields `contactFeatures` takes from it. */
type CompanyFacts = Pick<StoredCompany, 'industry' | 'employees' | 'country'>;

/**
 * A scorer over `companies` that records `matched` contact ids in `matchedIds`. A company only
 * gains facts during an import (each field keeps its first value), so a score stays right unless
 * one of the company's facts was still empty when the contact was scored; `rescoreChanged` finds
 * exactly those.
 */
export function createImportFitScorer(
  playbook: { version: number; playbook: Playbook },
  companies: CompanyResolver,
  matchedIds: Set<string>,
): ImportFitScorer {
  /** Contacts scored while a fact of their company was still empty, with the facts they saw. */
  const provisional: Array<{ contact: StoredContact; company: StoredCompany; seen: CompanyFacts }> = [];

  const apply = (contact: StoredContact, company: StoredCompany | undefined): void => {
    const scored = fitScore(contact.record, playbook.playbook, company);
    contact.fit = scored.fit;
    contact.fitReasons = scored.reasons;
    contact.playbookVersion = playbook.version;
    if (scored.matched) matchedIds.add(contact.id);
    else matchedIds.delete(contact.id);
  };

  return {
    version: playbook.version,
    score(contact) {
      if (contact.mergedInto) return;
      const company = contact.companyId ? companies.get(contact.companyId) : undefined;
      apply(contact, company);
      if (company && (company.industry === undefined || company.employees === undefined || company.country === undefined)) {
        provisional.push({ contact, company, seen: { industry: company.industry, employees: company.employees, country: company.country } });
      }
    },
    rescoreChanged() {
      const changed: StoredContact[] = [];
      for (const { contact, company, seen } of provisional) {
        if (company.industry === seen.industry && company.employees === seen.employees && company.country === seen.country) continue;
        const before = { fit: contact.fit, reasons: contact.fitReasons };
        apply(contact, company);
        if (contact.fit !== before.fit || !sameReasons(contact.fitReasons, before.reasons)) changed.push(contact);
      }
      provisional.length = 0;
      return changed;
    },
  };
}

function sameReasons(left: readonly StoredFitReason[] | undefined, right: readonly StoredFitReason[] | undefined): boolean {
  if (!left || !right) return left === right;
  return (
    left.length === right.length &&
    left.every((reason, index) => {
      const other = right[index];
      return (
        other !== undefined &&
        reason.dimension === other.dimension &&
        reason.score === other.score &&
        reason.weight === other.weight &&
        reason.matched === other.matched &&
        reason.text === other.text
      );
    })
  );
}
