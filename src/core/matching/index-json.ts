/**
 * The claim index as JSON text and back, so that an index built once (at build time for the bundled
 * claims, at import time for a pack) is loaded ready-made instead of built again on every page.
 *
 * Generic over the index's fields: Maps, Sets, arrays, plain objects and primitives are written as
 * they are, whatever fields the index gains, and an object met twice is written once and shared
 * again when read (the documents share their concepts). Two things are not data: the claims, written
 * as references and taken back from the datasets the index is loaded with (so a card shows the very
 * claim the datasets hold), and the index's functions, which the reader derives from its data
 * (DERIVED below); any other function is an error, not a silent loss.
 */
import type { Claim, Dataset } from '../../data/schema';
import type { ClaimIndex } from './index';
import { weigher } from './weights';

/** Function fields of the index, rebuilt from its data when read. */
const DERIVED: { [K in keyof ClaimIndex]?: (data: Omit<ClaimIndex, K>) => ClaimIndex[K] } = {
  weightOf: (data) => weigher(data.weights, data.claimCount),
};

type Encoded = null | boolean | number | string | Encoded[] | { [key: string]: Encoded };

/** Keys of the encoding; a plain object of the index never has a key that starts with "$". */
const MAP = '$m';
const SET = '$s';
const SHARED = '$r';
const CLAIM = '$c';

interface IndexJson {
  /** What the index was built from: the datasets' ids, in order, and their claim counts. */
  datasets: { id: string; claims: number }[];
  /** The encoded index. */
  index: Encoded;
  /** Objects met more than once, encoded once; referred to as { $r: position }. */
  shared: Encoded[];
}

function datasetsKey(datasets: readonly Dataset[]): IndexJson['datasets'] {
  return datasets.map((d) => ({ id: d.id, claims: d.claims.length }));
}

interface EncodeOptions {
  /** Objects written as a reference ({ $c: id }) and given back by the reader. */
  claims?: ReadonlySet<Claim>;
  /** Fields of the root object left out (the reader derives them). */
  derived?: ReadonlySet<string>;
}

/** Encodes plain data (Maps, Sets, arrays, plain objects, primitives) as JSON-ready values. */
function encodeValue(root: unknown, { claims = new Set(), derived = new Set() }: EncodeOptions): { value: Encoded; shared: Encoded[] } {
  // First pass: which objects are met more than once.
  const seen = new Map<object, number>();
  const count = (v: unknown): void => {
    if (v === null || typeof v !== 'object' || claims.has(v as Claim)) return;
    const n = seen.get(v) ?? 0;
    seen.set(v, n + 1);
    if (n > 0) return;
    const items = v instanceof Map ? [...v].flat() : v instanceof Set || Array.isArray(v) ? [...(v as Iterable<unknown>)] : Object.values(v);
    for (const x of items) count(x);
  };
  count(root);
  const shared: Encoded[] = [];
  const slots = new Map<object, number>();
  const encode = (v: unknown, path: string): Encoded => {
    if (v === null || typeof v === 'boolean' || typeof v === 'string') return v;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) throw new Error(`serializeIndex: ${path} is ${v}, which JSON cannot hold`);
      return v;
    }
    if (typeof v !== 'object') throw new Error(`serializeIndex: ${path} is a ${typeof v}; derive it in DERIVED or make it data`);
    if (claims.has(v as Claim)) return { [CLAIM]: (v as Claim).id };
    if ((seen.get(v) ?? 0) > 1) {
      let slot = slots.get(v);
      if (slot === undefined) {
        slots.set(v, (slot = shared.length));
        shared.push(null);
        shared[slot] = encodeObject(v, path);
      }
      return { [SHARED]: slot };
    }
    return encodeObject(v, path);
  };
  const encodeObject = (v: object, path: string): Encoded => {
    if (v instanceof Map) return { [MAP]: [...v].map(([k, x], i) => [encode(k, `${path}<key ${i}>`), encode(x, `${path}.get(${String(k)})`)]) };
    if (v instanceof Set) return { [SET]: [...v].map((x, i) => encode(x, `${path}<item ${i}>`)) };
    if (Array.isArray(v)) return v.map((x, i) => encode(x, `${path}[${i}]`));
    const proto = Object.getPrototypeOf(v) as unknown;
    if (proto !== Object.prototype && proto !== null) throw new Error(`serializeIndex: ${path} is a ${v.constructor.name}, not plain data`);
    const out: { [key: string]: Encoded } = {};
    for (const [k, x] of Object.entries(v)) {
      if (k.startsWith('$')) throw new Error(`serializeIndex: ${path}.${k}: keys starting with "$" are the encoding's`);
      if (x === undefined) continue;
      if (path === '$' && derived.has(k)) continue;
      out[k] = encode(x, `${path}.${k}`);
    }
    return out;
  };
  return { value: encode(root, '$'), shared };
}

/** Decodes what encodeValue wrote; `claim` gives back a claim written as a reference. */
function decodeValue(value: Encoded, shared: readonly Encoded[], claim: (id: string) => Claim = noClaims): unknown {
  const done = new Map<number, unknown>();
  const decode = (e: Encoded): unknown => {
    if (e === null || typeof e !== 'object') return e;
    if (Array.isArray(e)) return e.map(decode);
    if (MAP in e) return new Map((e[MAP] as [Encoded, Encoded][]).map(([k, v]) => [decode(k), decode(v)]));
    if (SET in e) return new Set((e[SET] as Encoded[]).map(decode));
    if (CLAIM in e) return claim(e[CLAIM] as string);
    if (SHARED in e) {
      const slot = e[SHARED] as number;
      if (!done.has(slot)) done.set(slot, decode(shared[slot]!));
      return done.get(slot);
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(e)) out[k] = decode(v);
    return out;
  };
  return decode(value);
}

function noClaims(id: string): never {
  throw new Error(`deserializeIndex: a reference to claim ${id} without datasets to take it from`);
}

/** Any plain data (Maps, Sets, arrays, objects, primitives, shared objects kept shared) as JSON text. */
export function encodeJson(value: unknown): string {
  const { value: v, shared } = encodeValue(value, {});
  return JSON.stringify({ value: v, shared });
}

export function decodeJson(text: string): unknown {
  const { value, shared } = JSON.parse(text) as { value: Encoded; shared: Encoded[] };
  return decodeValue(value, shared);
}

export function serializeIndex(index: ClaimIndex, datasets: readonly Dataset[]): string {
  const claims = new Set<Claim>(datasets.flatMap((d) => d.claims));
  const { value, shared } = encodeValue(index, { claims, derived: new Set(Object.keys(DERIVED)) });
  const json: IndexJson = { datasets: datasetsKey(datasets), index: value, shared };
  return JSON.stringify(json);
}

/** Reads an index written by serializeIndex, for the same datasets (else throws). */
export function deserializeIndex(text: string, datasets: readonly Dataset[]): ClaimIndex {
  const json = JSON.parse(text) as IndexJson;
  if (JSON.stringify(json.datasets) !== JSON.stringify(datasetsKey(datasets))) {
    throw new Error('deserializeIndex: the index was built from other datasets');
  }
  const claims = new Map<string, Claim>();
  for (const d of datasets) for (const c of d.claims) if (!claims.has(c.id)) claims.set(c.id, c);
  const claim = (id: string) => {
    const c = claims.get(id);
    if (!c) throw new Error(`deserializeIndex: no claim ${id} in the datasets`);
    return c;
  };
  const data = decodeValue(json.index, json.shared, claim) as Record<string, unknown>;
  for (const [k, derive] of Object.entries(DERIVED)) data[k] = (derive as (d: unknown) => unknown)(data);
  return data as unknown as ClaimIndex;
}
