/**
 * The claims' wordings as the index's documents: each statement, phrasing, quote and summary read
 * into concepts, kept when it speaks to its claim, and filed under its heaviest concepts.
 */
import type { Claim, Dataset } from '../../data/schema';
import type { ConceptInfo } from '../lexicon';
import { foldString } from '../normalize';
import type { Steps } from '../steps';
import { extractTerms, type Term } from '../terms';
import { longWords } from '../words';
import type { ClaimFrame, Doc, DocKind } from './index';
import { DENIAL } from './rules';
import { LOWEST_THRESHOLD } from './thresholds';

function textsOf(quote: string | readonly string[]): string[] {
  // Dataset passages are plain prose; a full stop and a space is enough to split them, and far
  // cheaper than a segmenter for thousands of passages.
  return (typeof quote === 'string' ? [quote] : [...quote]).flatMap((q) => q.split(/(?<=[.!?։।۔])\s+/)).map((t) => t.trim()).filter(Boolean);
}

export interface Parsed {
  claimId: string;
  kind: DocKind;
  text: string;
  terms: Term[];
  concepts: Map<string, ConceptInfo>;
}

function parse(claimId: string, kind: DocKind, text: string): Parsed {
  const terms = extractTerms(text);
  return { claimId, kind, text, terms, concepts: new Map(terms.map((t) => [t.concept.id, t.concept])) };
}

/** The wordings of every claim (first dataset wins a repeated id), in steps. */
export function* wordings(datasets: readonly Dataset[], claims: Map<string, Claim>): Steps<Parsed[]> {
  const parsed: Parsed[] = [];
  for (const ds of datasets) {
    for (const claim of ds.claims) {
      if (claims.has(claim.id)) continue;
      claims.set(claim.id, claim);
      for (const t of [claim.statement, ...claim.phrasings]) {
        parsed.push(parse(claim.id, 'claim', t));
        yield;
      }
    }
  }
  for (const ds of datasets) {
    for (const r of ds.responses) {
      if (!claims.has(r.claimId)) continue;
      for (const t of textsOf(r.quote)) parsed.push(parse(r.claimId, 'quote', t));
      // A summary that only explains the quote's provenance says nothing a page would repeat.
      if (r.summary) for (const t of textsOf(r.summary.replace(/^[^:]*not a direct quote:\s*/i, ''))) parsed.push(parse(r.claimId, 'summary', t));
      yield;
    }
  }
  return parsed;
}

/**
 * The core itself as one more wording, so that a sentence saying the core reaches the claim
 * through the index even when it shares no rare word with any single wording. Two concepts
 * ("start", "accuse") are too thin a core to stand for a claim on their own.
 */
export function coreWordings(frames: ReadonlyMap<string, ClaimFrame>): Parsed[] {
  const out: Parsed[] = [];
  for (const frame of frames.values()) {
    if (frame.core.size < 3) continue;
    out.push({ claimId: frame.claim.id, kind: 'core', text: [...frame.core.keys()].join(' '), terms: [], concepts: new Map(frame.core) });
  }
  return out;
}

function toDoc(d: Parsed, frame: ClaimFrame, weightOf: (c: ConceptInfo) => number): Doc | null {
  const { concepts } = d;
  if (concepts.size === 0) return null;
  // A response passage is kept only when it speaks to the claim: it shares a word with the claim's
  // core or it is a denial. "The intensive shelling ... is reprehensible" answers nothing.
  let verbatimOnly = false;
  if (d.kind !== 'claim' && d.kind !== 'core') {
    // A long quote still names its answer when a page quotes it word for word.
    if (![...concepts.keys()].some((c) => frame.core.has(c) || DENIAL.has(c))) {
      if (d.kind !== 'quote' || d.text.length < 80) return null;
      verbatimOnly = true;
    }
  }
  let total = 0;
  for (const c of concepts.values()) total += weightOf(c);
  const folded = foldString(d.text);
  const verbatim = d.kind === 'quote' && folded.length >= 15 ? folded.replace(/[.!?"']+$/, '') : null;
  const substance = [...concepts].filter(([id, c]) => c.kind === 'word' && id !== 'report' && !DENIAL.has(id)).length;
  return { claimId: d.claimId, kind: d.kind, text: d.text, folded, verbatim, concepts, total, substance, verbatimOnly };
}

/** The documents the wordings make, in steps; each claim's first statement is its frame's. */
export function* documentsOf(parsed: readonly Parsed[], frames: ReadonlyMap<string, ClaimFrame>, weightOf: (c: ConceptInfo) => number): Steps<Doc[]> {
  const docs: Doc[] = [];
  for (const d of parsed) {
    const doc = toDoc(d, frames.get(d.claimId)!, weightOf);
    if (doc) docs.push(doc);
    yield;
  }
  for (const d of docs) {
    const frame = frames.get(d.claimId)!;
    if (d.kind === 'claim') frame.statement ??= d;
  }
  return docs;
}

/** First three letters of the documents' words of five letters or more, in steps. */
export function* headsOf(docs: readonly Doc[]): Steps<Set<string>> {
  const heads = new Set<string>();
  for (const d of docs) {
    for (const w of longWords(d.folded)) heads.add(w.slice(0, 3));
    yield;
  }
  return heads;
}

/**
 * Files each document only under its heaviest concepts, as many as it takes for the rest to weigh
 * less than the lowest share a sentence must cover. A sentence that covers enough of a document
 * must then say one of them, so no match is lost, and common words ("government", "said",
 * "Azerbaijan") lead to few documents or none. Words said by many claims are not filed under:
 * looking them up would touch a share of every pack; a wording made only of such words is filed
 * under its rarest one.
 */
export function postingsOf(docs: readonly Doc[], weightOf: (c: ConceptInfo) => number, claimsWith: Map<string, Set<string>>, nClaims: number) {
  const postings = new Map<string, number[]>();
  const file = (concept: string, doc: number) => {
    const list = postings.get(concept);
    if (list) list.push(doc);
    else postings.set(concept, [doc]);
  };
  const common = Math.max(20, nClaims * 0.02);
  docs.forEach((d, i) => {
    const heaviest = [...d.concepts.values()].sort((a, b) => weightOf(b) - weightOf(a));
    let rest = d.total;
    let filed = 0;
    for (const c of heaviest) {
      if ((claimsWith.get(c.id)?.size ?? 0) > common) break;
      file(c.id, i);
      filed++;
      rest -= weightOf(c);
      if (rest < LOWEST_THRESHOLD * d.total) break;
    }
    if (filed === 0) file(heaviest[0]!.id, i);
  });
  return postings;
}
