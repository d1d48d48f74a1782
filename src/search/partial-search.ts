/**
 * The search on an index in storage shards (./shards): a query is run on what was read so far; each
 * word, vocab group or claim it asked for and did not find read is then read, and the query run again,
 * until a run needs nothing more. A word or claim missing from what was read only ever leaves a run
 * incomplete, never wrong, and only a complete run is answered, so the answer is the in-memory
 * index's. Query words' alternatives are remembered between keystrokes only from complete runs.
 */
import { claimDocuments, type ClaimDocs } from './documents';
import { searchWith } from './engine';
import type { PlaceMatcher } from './place-names';
import type { AlternativesCache } from './query-terms';
import type { SearchOptions, SearchResults } from './results';
import { claimShardOf, idShardOf, readWeight, wordShardOf, type ClaimRecord, type SearchMeta, type SearchShardKind } from './shards';
import { EMPTY_GROUP, type Posting, type VocabGroup, type WordSource } from './word-source';

/** Reads shards by kind and number; undefined for a shard storage does not hold. */
export type SearchShardReader = (kind: SearchShardKind, numbers: number[]) => Promise<(string | undefined)[]>;

/** A shard of another generation or a missing one: the index changed or broke while the popup read it. */
export class StaleSearchIndex extends Error {}

const PLACEHOLDER: ClaimDocs = {
  claimId: '',
  datasetId: '',
  statement: '',
  docs: [],
  responses: [],
  sources: new Map(),
  claim: { id: '', statement: '', claimants: [], date: '', sourceIds: [], phrasings: [], tags: [] },
  context: [],
};

export class PartialSearch {
  private readonly postings = new Map<string, Posting>();
  private readonly groups = new Map<string, VocabGroup>();
  private readonly records = new Map<number, ClaimRecord>();
  private readonly docs = new Map<number, ClaimDocs>();
  private readonly read: Record<SearchShardKind, Set<number>> = { words: new Set(), vocab: new Set(), claims: new Set(), ids: new Set() };
  private readonly numbers = new Map<string, number>();
  private readonly vocab: Set<number>;
  private cache: AlternativesCache = new Map();

  constructor(
    readonly meta: SearchMeta,
    private readonly places: PlaceMatcher,
    private readonly reader: SearchShardReader,
  ) {
    this.vocab = new Set(meta.vocab);
  }

  get claimCount() {
    return this.meta.claimCount;
  }

  get wordCount() {
    return this.meta.wordCount;
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchResults> {
    for (;;) {
      const missing = emptyMissing();
      const cache = new Map(this.cache);
      const results = searchWith(this.source(missing), this.places, query, options, cache);
      if (Object.values(missing).every((s) => s.size === 0)) {
        this.cache = cache;
        return results;
      }
      await this.load(missing);
    }
  }

  /** Forgets the query words remembered between keystrokes. */
  forgetQueries(): void {
    this.cache = new Map();
  }

  /** The claims of these ids as their datasets have them (ids the index does not hold are left out). */
  async claimRecords(claimIds: readonly string[]): Promise<ClaimRecord[]> {
    await this.load({ ...emptyMissing(), ids: new Set(claimIds.map(idShardOf)) });
    const numbers = claimIds.map((id) => this.numbers.get(id)).filter((n): n is number => n !== undefined);
    await this.load({ ...emptyMissing(), claims: new Set(numbers.map(claimShardOf)) });
    return numbers.map((n) => this.records.get(n)!);
  }

  /** What a run sees: what was read, noting in `missing` each shard it wanted and was not read. */
  private source(missing: Record<SearchShardKind, Set<number>>): WordSource {
    const want = (kind: SearchShardKind, n: number) => {
      if (this.read[kind].has(n)) return true;
      missing[kind].add(n);
      return false;
    };
    return {
      claimCount: this.meta.claimCount,
      wordCount: this.meta.wordCount,
      posting: (word) => (want('words', wordShardOf(word)) ? this.postings.get(word) : undefined),
      group: (first) => {
        const code = first.charCodeAt(0);
        if (!this.vocab.has(code) || !want('vocab', code)) return EMPTY_GROUP;
        return this.groups.get(first) ?? EMPTY_GROUP;
      },
      // Claims are described only once the ranking is complete: a ranking that still misses words
      // would read claims that may not be shown.
      claim: (n) => {
        if (missing.words.size > 0 || missing.vocab.size > 0) return PLACEHOLDER;
        return want('claims', claimShardOf(n)) ? this.claimDocs(n) : PLACEHOLDER;
      },
    };
  }

  private claimDocs(n: number): ClaimDocs {
    let docs = this.docs.get(n);
    if (!docs) {
      const r = this.records.get(n);
      if (!r) throw new StaleSearchIndex(`claim ${n} is not in its shard`);
      const dataset = { version: 1 as const, id: r.dataset, title: r.dataset, claims: [r.claim], responses: r.responses, sources: r.sources, context: r.context };
      docs = claimDocuments([dataset])[0]!;
      this.docs.set(n, docs);
    }
    return docs;
  }

  private async load(missing: Record<SearchShardKind, Set<number>>): Promise<void> {
    const kinds = (Object.keys(missing) as SearchShardKind[]).filter((k) => missing[k].size > 0);
    const texts = await Promise.all(kinds.map((k) => this.reader(k, [...missing[k]].filter((n) => !this.read[k].has(n)))));
    kinds.forEach((kind, i) => {
      const wanted = [...missing[kind]].filter((n) => !this.read[kind].has(n));
      texts[i]!.forEach((text, k) => {
        if (text === undefined) throw new StaleSearchIndex(`the ${kind} shard ${wanted[k]} is missing`);
        const shard = JSON.parse(text) as { g: string } & Record<string, unknown>;
        if (shard.g !== this.meta.gen) throw new StaleSearchIndex(`the ${kind} shard ${wanted[k]} is of another index`);
        this.take(kind, wanted[k]!, shard);
        this.read[kind].add(wanted[k]!);
      });
    });
  }

  private take(kind: SearchShardKind, n: number, shard: Record<string, unknown>): void {
    if (kind === 'words') {
      for (const [w, [claims, weights]] of Object.entries(shard.w as Record<string, [number[], number[]]>)) {
        this.postings.set(w, { claims: Int32Array.from(claims), weights: Float32Array.from(weights, readWeight) });
      }
    } else if (kind === 'vocab') {
      this.groups.set(String.fromCharCode(n), { words: shard.w as string[], ids: shard.i as number[] });
    } else if (kind === 'claims') {
      for (const [c, r] of Object.entries(shard.c as Record<string, ClaimRecord>)) this.records.set(Number(c), r);
    } else {
      for (const [id, c] of Object.entries(shard.i as Record<string, number>)) this.numbers.set(id, c);
    }
  }
}

function emptyMissing(): Record<SearchShardKind, Set<number>> {
  return { words: new Set(), vocab: new Set(), claims: new Set(), ids: new Set() };
}
