import type { RankedContact } from '../embedded/create-compound.js';

/** Ranked contacts as a table with each contact's strongest reasons. */
export function formatContacts(contacts: readonly RankedContact[]): string {
  if (contacts.length === 0) return 'No contacts yet: run `compound import <file> --playbook <playbook.md>` first.\n';
  const lines: string[] = [];
  contacts.forEach((contact, index) => {
    const fit = contact.fit === null ? ' n/a' : contact.fit.toFixed(2);
    const where = [contact.title, contact.company].filter(Boolean).join(' at ');
    const reach = contact.email ? ` <${contact.email}>` : contact.phone ? ` ${contact.phone}` : '';
    lines.push(`${String(index + 1).padStart(4)}. ${fit}  ${contact.name || '(no name)'}${reach}${where ? ` — ${where}` : ''}`);
    const reasons = [...contact.fitReasons].sort((a, b) => b.weight * b.score - a.weight * a.score).slice(0, 3);
    if (reasons.length > 0) lines.push(`        ${reasons.map((reason) => reason.text).join(' · ')}`);
  });
  if (contacts.every((contact) => contact.fit === null)) {
    lines.push('', 'Fit is not scored yet: import with --playbook FILE to rank by ICP fit.');
  }
  return `${lines.join('\n')}\n`;
}
