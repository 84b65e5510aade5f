/**
 * Where a site file's dedup errors sit relative to the street address, for a truth built from
 * addresses. dedupe's csv_example labels most rows with the street's house number followed by the
 * ZIP (`190060612` is 1900 + 60612; a row without a ZIP gets the number alone): two different
 * sites at one house number on different streets share a label, and one site whose ZIP is missing
 * on some rows gets two. This audit counts each wrong pair (missed or extra) by whether its two
 * records agree on house number, street name and phone, so the report can say how many errors
 * are such label artefacts rather than guess.
 */

/** Street parts compared by the audit. */
export interface AddressParts {
  /** Leading digits of the address ('' when it has none). */
  house: string;
  /** Street name without house number, direction, street type or punctuation, lowercased. */
  street: string;
  /** Last seven digits of the phone ('' when it has fewer than seven). */
  phone: string;
}

const DIRECTIONS = /\b(?:n|s|e|w|north|south|east|west)\b\.?/g;
const STREET_TYPES = /\b(?:st|street|ave|av|avenue|blvd|boulevard|rd|road|dr|drive|pkwy|parkway|pl|place|ct|court|ln|lane)\b\.?/g;

/** The audit's view of one address and phone. */
export function addressParts(address: string, phone: string): AddressParts {
  const lower = address.toLowerCase();
  const house = /^\s*(\d+)/.exec(lower)?.[1] ?? '';
  const street = lower
    .replace(/^[\s\d?-]+/, '')
    .replace(DIRECTIONS, ' ')
    .replace(STREET_TYPES, ' ')
    .replace(/[^a-z0-9]/g, '');
  const digits = phone.replace(/\D/g, '');
  return { house, street, phone: digits.length >= 7 ? digits.slice(-7) : '' };
}

/** Wrong pairs of one kind, split by what their records share. */
export interface AddressErrorCounts {
  /** Same house number, different street name (a label joining two streets, or a site moved). */
  sameHouseOtherStreet: number;
  /** Same house number and street name (a label split by a missing or mistyped ZIP, or two programs at one address). */
  sameAddress: number;
  /** Different house numbers on the same street. */
  otherHouseSameStreet: number;
  /** Neither. */
  other: number;
  /** Of all the above, pairs whose phones agree. */
  samePhone: number;
  total: number;
}

/** Missed pairs (one truth label, split by dedup) and extra pairs (merged across labels), audited. */
export interface AddressErrorAudit {
  missed: AddressErrorCounts;
  extra: AddressErrorCounts;
}

const emptyCounts = (): AddressErrorCounts => ({ sameHouseOtherStreet: 0, sameAddress: 0, otherHouseSameStreet: 0, other: 0, samePhone: 0, total: 0 });

function count(counts: AddressErrorCounts, a: AddressParts, b: AddressParts): void {
  const sameHouse = a.house !== '' && a.house === b.house;
  // The first six letters: "vanburen" and "van buren" agree, "winthrop" and "broadway" do not.
  const sameStreet = a.street !== '' && a.street.slice(0, 6) === b.street.slice(0, 6);
  if (sameHouse && sameStreet) counts.sameAddress++;
  else if (sameHouse) counts.sameHouseOtherStreet++;
  else if (sameStreet) counts.otherHouseSameStreet++;
  else counts.other++;
  if (a.phone !== '' && a.phone === b.phone) counts.samePhone++;
  counts.total++;
}

/**
 * Audits every wrong pair of `clusters` (arrays of record indexes) against `labels` (one per
 * record). O(n²) over the records, for files of a few thousand.
 */
export function auditAddressErrors(
  parts: readonly AddressParts[],
  labels: readonly string[],
  clusters: readonly (readonly number[])[],
): AddressErrorAudit {
  const clusterOf = new Int32Array(labels.length).fill(-1);
  clusters.forEach((members, index) => {
    for (const member of members) clusterOf[member] = index;
  });
  const audit: AddressErrorAudit = { missed: emptyCounts(), extra: emptyCounts() };
  for (let a = 0; a < labels.length; a++) {
    for (let b = a + 1; b < labels.length; b++) {
      const sameLabel = labels[a] === labels[b];
      const merged = clusterOf[a] !== -1 && clusterOf[a] === clusterOf[b];
      if (sameLabel === merged) continue;
      count(sameLabel ? audit.missed : audit.extra, parts[a]!, parts[b]!);
    }
  }
  return audit;
}
