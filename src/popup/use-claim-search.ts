/**
 * The popup's claims and search. With the index the background prepared (src/prepared/search-*), the
 * popup reads only the shards a query's words reach, and the claims it shows by id (this page's, the
 * one opened); it never reads the packs. Without one (first run, a change being indexed, an index the
 * background could not make or that changed while read), it reads the packs and indexes them itself,
 * as it always did. Either way the results are the same (tests/unit/search/partial-search.test.ts).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { NAMES } from '@/src/core/names';
import { BUNDLED_DATASET } from '@/src/data/bundled';
import type { Dataset } from '@/src/data/schema';
import { cardDatasets } from '@/src/prepared/format';
import { packsKey } from '@/src/prepared/packs-key';
import type { PreparedSearch } from '@/src/prepared/search-format';
import { readPreparedSearch, storageSearchShards, watchPreparedSearch } from '@/src/prepared/search-read';
import { buildSearchIndex, type SearchIndex, type SearchResults } from '@/src/search';
import { PartialSearch } from '@/src/search/partial-search';
import { compilePlaceNames } from '@/src/search/place-names';
import type { ClaimRecord } from '@/src/search/shards';
import { suggestions } from './suggestions';

type Mode =
  | { kind: 'memory'; datasets: Dataset[]; index: SearchIndex; suggested: string[] }
  | { kind: 'prepared'; search: PartialSearch; suggested: string[]; packs: string[] };

interface ClaimSearch {
  results: SearchResults | undefined;
  /** The claims at hand for the claim view and this page's list; undefined until `wanted` are read. */
  datasets: Dataset[] | undefined;
  loadError: string | undefined;
  suggested: string[];
}

function inMemory(datasets: Dataset[]): Mode {
  const index = buildSearchIndex(datasets, NAMES);
  return { kind: 'memory', datasets, index, suggested: suggestions(index) };
}

/**
 * While a query's shards are read, the results of the query before stay (the list does not blink
 * at every keystroke), but never as "no results" for the new query.
 */
function shownWhileSearching(found: SearchResults | undefined, query: string): SearchResults | undefined {
  if (!found || found.query === query) return found;
  return found.claims.length > 0 ? found : undefined;
}

/**
 * Which index serves: the prepared one while the background says it is ready for the packs as they
 * are, else the packs indexed here. `fallBack` switches to the latter (a shard went missing).
 */
function useSearchMode(): { mode: Mode | undefined; loadError: string | undefined; fallBack: { current: () => void } } {
  const [mode, setMode] = useState<Mode | undefined>();
  const [loadError, setLoadError] = useState<string | undefined>();
  const fallBack = useRef<() => void>(() => undefined);

  useEffect(() => {
    let alive = true;
    let offData: (() => void) | undefined;
    let packs: string[] | null = null;
    const set = (m: Mode) => alive && setMode(m);
    // Loaded only here: defining the packs' storage item reads the packs (WXT checks its version).
    const memory = () => {
      packs = null;
      import('@/src/packs/active').then(async ({ loadActiveDatasets, watchActiveDatasets }) => {
        if (!alive) return;
        offData ??= watchActiveDatasets((d) => set(inMemory(d)));
        set(inMemory(await loadActiveDatasets()));
      }).catch((e: unknown) => alive && setLoadError(String(e)));
    };
    const use = (state: PreparedSearch | undefined) => {
      if (state?.state === 'ready' && state.meta) {
        offData?.();
        offData = undefined;
        packs = state.packs;
        const search = new PartialSearch(state.meta, compilePlaceNames(NAMES), storageSearchShards);
        set({ kind: 'prepared', search, suggested: state.suggestions ?? [], packs: state.packs });
      } else if (state?.state === 'none') {
        packs = state.packs;
        set(inMemory([BUNDLED_DATASET]));
      } else {
        memory();
      }
    };
    fallBack.current = memory;
    readPreparedSearch().then(use, memory);
    const off = watchPreparedSearch((change) => {
      if ('state' in change) use(change.state);
      // The packs changed before the background said so: their index is not this one any more.
      else if (packs !== null && JSON.stringify(packsKey(change.packs)) !== JSON.stringify(packs)) memory();
    });
    return () => {
      alive = false;
      off();
      offData?.();
    };
  }, []);
  return { mode, loadError, fallBack };
}

/** `wanted`: the claims the popup is about to show by id (this page's, the one opened). */
export function useClaimSearch(query: string, wanted: readonly string[]): ClaimSearch {
  const { mode, loadError, fallBack } = useSearchMode();
  const [found, setFound] = useState<SearchResults | undefined>();
  const [cards, setCards] = useState<{ of?: Mode; tried: Set<string>; records: ClaimRecord[] }>({ tried: new Set(), records: [] });

  const memoryResults = useMemo(() => (mode?.kind === 'memory' ? mode.index.search(query) : undefined), [mode, query]);
  useEffect(() => {
    if (mode?.kind !== 'prepared') return;
    let current = true;
    mode.search.search(query).then(
      (r) => current && setFound(r),
      () => current && fallBack.current(),
    );
    return () => {
      current = false;
    };
  }, [mode, query]);

  const wantedKey = wanted.join('\n');
  useEffect(() => {
    if (mode?.kind !== 'prepared') return;
    const tried = cards.of === mode ? cards.tried : new Set<string>();
    const fresh = wanted.filter((id) => !tried.has(id));
    if (fresh.length === 0) return;
    let current = true;
    mode.search.claimRecords(fresh).then(
      (records) => {
        if (!current) return;
        setCards((c) => {
          const before = c.of === mode ? c : { tried: new Set<string>(), records: [] };
          return { of: mode, tried: new Set([...before.tried, ...fresh]), records: [...before.records, ...records] };
        });
      },
      () => current && fallBack.current(),
    );
    return () => {
      current = false;
    };
  }, [mode, wantedKey]);

  const prepared = mode?.kind === 'prepared';
  const claimData = useMemo(
    () => (prepared && cards.of === mode ? [BUNDLED_DATASET, ...cardDatasets(cards.records)] : undefined),
    [prepared, mode, cards],
  );
  let datasets: Dataset[] | undefined;
  if (mode?.kind === 'memory') datasets = mode.datasets;
  else if (mode?.kind === 'prepared') {
    const tried = cards.of === mode ? cards.tried : new Set<string>();
    datasets = wanted.every((id) => tried.has(id)) ? (claimData ?? [BUNDLED_DATASET]) : undefined;
  }
  return {
    results: mode?.kind === 'memory' ? memoryResults : mode?.kind === 'prepared' ? shownWhileSearching(found, query) : undefined,
    datasets,
    loadError,
    suggested: mode?.suggested ?? [],
  };
}
