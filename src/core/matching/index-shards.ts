/**
 * The claim index in shards, so that a page loads only the part its sentences can reach. A large
 * claim pack's index is tens of megabytes, while one article's sentences touch a few hundred of its
 * documents; reading the whole index (or building it) on every page would cost seconds.
 *
 * Three kinds of shard, each a JSON text (index-json.ts's encoding, claims written out in full):
 * - key shards: everything the index files under a word or concept a sentence says (postings,
 *   weights, distinctive concepts, claimants, the vocabulary and the word heads), by the key's hash;
 * - document shards: a few consecutive documents each, with the weights of their concepts;
 * - frame shards: each claim's frame, by the claim id's hash, with the weights of its core.
 * A field of the index that no rule below places is an error when sharding, not a silent loss; the
 * unit test matches every real corpus article with a projected index and with the whole one.
 */
import type { ConceptInfo } from '../lexicon';
import { conceptOf } from '../lexicon';
import type { Steps } from '../steps';
import { decodeJson, encodeJson } from './index-json';
import type { ClaimFrame, ClaimIndex, Doc } from './index';
import { weigher } from './weights';
import { readSentence } from './sentence';

const KEY_SHARDS = 256;
const DOCS_PER_SHARD = 4;
const FRAME_SHARDS = 1024;

/** Fields filed by key: a Map or Set whose keys are words or concept ids a sentence says. */
const BY_KEY = ['postings', 'weights', 'distinctive', 'byClaimant', 'vocabulary', 'heads'] as const;
/** Fields placed otherwise (documents, frames), or derived, or the same for every shard. */
const OTHER = ['docs', 'frames', 'weightOf', 'claimCount'] as const;

export interface IndexShards {
  /** What every shard shares: the counts that weigh a concept no wording says. */
  meta: string;
  keys: string[];
  docs: string[];
  frames: string[];
}

/** A stable 32-bit hash (FNV-1a) of a key, for its shard. */
export function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const keyShardOf = (key: string) => hashKey(key) % KEY_SHARDS;
const docShardOf = (doc: number) => Math.floor(doc / DOCS_PER_SHARD);
const frameShardOf = (claimId: string) => hashKey(claimId) % FRAME_SHARDS;

type Keyed = Pick<ClaimIndex, (typeof BY_KEY)[number]>;

/**
 * `attach`: data to keep with each claim's frame (what a card shows of it), read with the frame.
 */
export function shardIndex(index: ClaimIndex, attach?: (claimId: string) => unknown): IndexShards {
  for (const field of Object.keys(index)) {
    if (!(BY_KEY as readonly string[]).includes(field) && !(OTHER as readonly string[]).includes(field)) {
      throw new Error(`shardIndex: the index's field "${field}" has no shard; place it in index-shards.ts`);
    }
  }
  const keyShards: Keyed[] = Array.from({ length: KEY_SHARDS }, emptyKeyed);
  for (const field of BY_KEY) {
    const value = index[field];
    if (value instanceof Set) for (const k of value) (keyShards[keyShardOf(k)]![field] as Set<string>).add(k);
    else for (const [k, v] of value as Map<string, unknown>) (keyShards[keyShardOf(k)]![field] as Map<string, unknown>).set(k, v);
  }
  const weightsOf = (concepts: Iterable<ConceptInfo>) => new Map([...concepts].map((c) => [c.id, index.weightOf(c)] as const));
  const docShards: DocShard[] = [];
  index.docs.forEach((doc, i) => {
    const shard = (docShards[docShardOf(i)] ??= { docs: {}, weights: new Map() });
    shard.docs[i] = doc;
    for (const [id, w] of weightsOf(doc.concepts.values())) shard.weights.set(id, w);
  });
  const frameShards: FrameShard[] = Array.from({ length: FRAME_SHARDS }, () => ({ frames: new Map(), weights: new Map(), attached: new Map() }));
  for (const [id, frame] of index.frames) {
    const shard = frameShards[frameShardOf(id)]!;
    shard.frames.set(id, frame);
    if (attach) shard.attached.set(id, attach(id));
    const concepts = [...frame.core.values(), ...(frame.statement?.concepts.values() ?? [])];
    for (const [c, w] of weightsOf(concepts)) shard.weights.set(c, w);
  }
  return {
    meta: JSON.stringify({ claimCount: index.claimCount, docs: index.docs.length }),
    keys: keyShards.map((s) => encodeJson(s)),
    docs: docShards.map((s) => encodeJson(s)),
    frames: frameShards.map((s) => encodeJson(s)),
  };
}

interface DocShard {
  docs: Record<number, Doc>;
  weights: Map<string, number>;
}

interface FrameShard {
  frames: Map<string, ClaimFrame>;
  weights: Map<string, number>;
  attached: Map<string, unknown>;
}

function emptyKeyed(): Keyed {
  return { postings: new Map(), weights: new Map(), distinctive: new Map(), byClaimant: new Map(), vocabulary: new Set(), heads: new Set() };
}

/** Every key a text's sentences may look up in the index: their concepts, words and word heads. */
export function keysOf(sentences: Iterable<string>): Set<string> {
  const keys = new Set<string>();
  for (const text of sentences) {
    const s = readSentence(text);
    for (const c of s.byConcept.keys()) keys.add(c);
    for (const w of s.words()) {
      keys.add(w);
      keys.add(conceptOf(w)?.id ?? w);
      if (w.length >= 5) keys.add(w.slice(0, 3));
    }
  }
  return keys;
}

/** Reads shards by kind and number; a step that waits for them (storage, or the shards at hand). */
export type ShardReader = (kind: 'keys' | 'docs' | 'frames', numbers: number[]) => Promise<(string | undefined)[]>;

/**
 * The part of an index that sentences can reach, read shard by shard and grown as more text comes
 * (a live page): for new keys, their key shards, then the documents filed under them, then the
 * frames of those documents' claims and of the claims their claimants and distinctive words name.
 * `index` is one object throughout, so a matcher made on it sees what later reads add.
 */
export class PartialIndex {
  readonly index: ClaimIndex;
  /** What shardIndex attached to each claim read so far. */
  readonly attached = new Map<string, unknown>();
  private readonly read = { keys: new Set<number>(), docs: new Set<number>(), frames: new Set<number>() };
  private readonly keys = new Set<string>();

  constructor(meta: string, private readonly reader: ShardReader) {
    const { claimCount } = JSON.parse(meta) as { claimCount: number };
    const data: Omit<ClaimIndex, 'weightOf'> = { ...emptyKeyed(), frames: new Map(), docs: [], claimCount };
    this.index = { ...data, weightOf: weigher(data.weights, claimCount) };
  }

  /** Reads what these keys reach and was not read yet. */
  *extend(keys: Iterable<string>): Steps<void> {
    const index = this.index;
    // Keys count as read once their shards are in: a scan that runs meanwhile reads them too.
    const fresh = [...new Set(keys)].filter((k) => !this.keys.has(k));
    for (const shard of (yield* this.load('keys', fresh.map(keyShardOf))) as Keyed[]) {
      for (const field of BY_KEY) {
        const from = shard[field];
        const to = index[field];
        if (from instanceof Set) for (const k of from) (to as Set<string>).add(k);
        else for (const [k, v] of from as Map<string, unknown>) (to as Map<string, unknown>).set(k, v);
      }
    }
    const docs = new Set<number>();
    for (const k of fresh) for (const d of index.postings.get(k) ?? []) docs.add(d);
    for (const shard of (yield* this.load('docs', [...docs].map(docShardOf))) as DocShard[]) {
      for (const [i, doc] of Object.entries(shard.docs)) index.docs[Number(i)] = doc;
      for (const [c, w] of shard.weights) index.weights.set(c, w);
    }
    const claims = new Set<string>();
    for (const d of docs) claims.add(index.docs[d]!.claimId);
    for (const k of fresh) {
      for (const id of index.byClaimant.get(k) ?? []) claims.add(id);
      const owner = index.distinctive.get(k);
      if (owner !== undefined) claims.add(owner);
    }
    for (const shard of (yield* this.load('frames', [...claims].map(frameShardOf))) as FrameShard[]) {
      for (const [id, frame] of shard.frames) index.frames.set(id, frame);
      for (const [c, w] of shard.weights) index.weights.set(c, w);
      for (const [id, data] of shard.attached) this.attached.set(id, data);
    }
    for (const k of fresh) this.keys.add(k);
  }

  /** The shards of a kind not read yet, decoded, one step each. */
  private *load(kind: keyof PartialIndex['read'], numbers: Iterable<number>): Steps<unknown[]> {
    const wanted = [...new Set(numbers)].filter((n) => !this.read[kind].has(n));
    if (wanted.length === 0) return [];
    const texts = (yield this.reader(kind, wanted)) as (string | undefined)[];
    const out: unknown[] = [];
    for (let i = 0; i < texts.length; i++) {
      const t = texts[i];
      if (t === undefined) throw new Error(`PartialIndex: ${kind} shard ${wanted[i]} is missing`);
      out.push(decodeJson(t));
      if (i % 16 === 15) yield;
    }
    for (const n of wanted) this.read[kind].add(n);
    return out;
  }
}
