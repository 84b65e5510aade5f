export { rankContacts } from './rank-contacts.js';
export type {
  RankCandidate,
  RankContactsOptions,
  RankedContact,
  RankingAngleSource,
  RankingModel,
  RankingTimingSource,
} from './rank-contacts.js';
