/**
 * The popup's search index, prepared by the background with the matcher's (./prepare) and kept in
 * local storage in shards (src/search/shards.ts), so that the popup reads only what a query's words
 * reach. One small value says what the shards hold; each shard is a value of its own.
 */
import type { SearchMeta, SearchShardKind } from '@/src/search/shards';
import { PREPARED_BUILD } from './format';

export const SEARCH_KEY = 'preparedSearch';

/** Changes with the search's reading of claims; the matcher's build is part of it (the lexicons, the bundled claims). */
export const SEARCH_BUILD = `search-1:${PREPARED_BUILD}`;

export interface PreparedSearch {
  /** The search build the shards were made with (SEARCH_BUILD). */
  build: string;
  /** Which packs: each enabled pack's id and import time, in order (as the matcher's index names them). */
  packs: string[];
  /** 'none': no pack is enabled (the popup indexes the bundled claims itself); 'building': not ready yet. */
  state: 'ready' | 'building' | 'none';
  meta?: SearchMeta;
  /** The suggested searches that find something in these claims (src/popup/suggestions.ts). */
  suggestions?: string[];
}

export const searchShardKey = (kind: SearchShardKind, n: number) => `${SEARCH_KEY}:${kind}:${n}`;
