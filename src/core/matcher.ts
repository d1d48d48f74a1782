/**
 * Claim matching: does a sentence state, report or answer a known claim?
 *
 * Every claim becomes a set of short documents (its statement, its phrasings, and the quotes and
 * summaries of its responses), each reduced to concepts (lexicon.ts). A sentence matches a document
 * when it covers most of the document's concept weight, names every actor the document names, and
 * says something beyond names. Denials match the claim they deny: "Islamabad rejects reports its
 * soldiers fought for Baku" covers the claim's concepts plus denial words.
 *
 * Cost: an inverted index from concept to documents is the pre-filter, so a sentence only touches
 * the documents that share a concept with it, and cost grows with the matches, not the dataset.
 * Fuse.js (token search) then looks at the near misses only, to forgive misspellings
 * ("Pakistany", "Azerbaijian"); every word Fuse pairs up is checked again by edit distance, because
 * Fuse accepts a long pattern when any 32-character chunk of it matches.
 */
import Fuse from 'fuse.js';
import type { Claim, Dataset } from '../data/schema';
import { conceptOf, type ConceptInfo } from './lexicon';
import { foldString } from './normalize';
import { AGAINST_OTHER, extractTerms, type Term } from './terms';
import type { ClaimMatch, ClaimMatcher } from './types';

export interface MatcherOptions {
  /** 0 (only near-verbatim restatements) to 1 (loose paraphrases). Default 0.5. */
  sensitivity?: number;
}

export type { ClaimMatcher } from './types';

/** 'core': a claim's core concepts as one more wording (see below). */
type DocKind = 'claim' | 'quote' | 'summary' | 'core';

interface Doc {
  claimId: string;
  kind: DocKind;
  text: string;
  /** Folded text, for the misspelling rescue. */
  folded: string;
  /** For a quote: its folded words without closing punctuation, looked for verbatim in a sentence. */
  verbatim: string | null;
  concepts: Map<string, ConceptInfo>;
  total: number;
  /** How many of its concepts are words of substance (not names, places, report or denial words). */
  substance: number;
  /** A response passage that speaks to the claim only in its context: it counts when quoted verbatim. */
  verbatimOnly: boolean;
  /** First three letters of its longer words, for the misspelling rescue; made when first asked. */
  heads?: Set<string>;
}

interface ClaimInfo {
  claim: Claim;
  /** Concepts (not actors or scene) said by at least 40% of the claim's own wordings. */
  core: Map<string, ConceptInfo>;
  /** Actors nearly every wording names: the claim is about them (Pakistan), not about others. */
  actors: Set<string>;
  /** Places and parties of the conflict that the claim's wordings name. */
  scene: Set<string>;
  /** For an accusation, the party that makes it, when the wordings agree on one. */
  accuser: string | null;
  /** States, people and names any of its wordings name (Lavrov, Moscow, Charles Michel). */
  cast: Set<string>;
}

const PARTIES = new Set(['armenia', 'azerbaijan']);

/**
 * Who accuses whom: in "Armenia accuses Azerbaijan of ethnic cleansing" the accuser is Armenia.
 * Known only when exactly one party comes before the accusation word and the other soon after;
 * passives ("Baku accused of ...") and mutual blame stay unknown. Concept bags cannot tell
 * "Azerbaijan accused Armenia of ethnic cleansing" from the claim; this can.
 */
function accuserOf(terms: readonly Term[]): string | null {
  const at = terms.findIndex((t) => t.concept.id === 'accuse');
  if (at < 0) return null;
  const before = new Set(terms.slice(0, at).map((t) => t.concept.id).filter((id) => PARTIES.has(id)));
  const after = new Set(terms.slice(at + 1, at + 5).map((t) => t.concept.id).filter((id) => PARTIES.has(id)));
  if (before.size !== 1) return null;
  const accuser = [...before][0]!;
  return [...after].some((p) => p !== accuser) ? accuser : null;
}

/** Words that put a sentence in another story: trade, drills, visits, flights. */
const CONTRAST = new Set(
  [
    'exercise', 'drill', 'drills', 'wargame', 'visit', 'visited', 'trade', 'deal', 'agreement', 'contract',
    'purchase', 'bought', 'buy', 'sale', 'sell', 'export', 'import', 'flight', 'airline', 'tourism',
    'tourist', 'investment', 'invest', 'scholarship', 'cricket', 'festival', 'memorandum', 'mou',
    'cooperation', 'ties', 'tie', 'delegation', 'jf-17', 'jf', 'airshow', 'parade', 'celebration',
    'anniversary', 'victory',
  ]
    .map((w) => conceptOf(w)?.id ?? w)
    .concat(AGAINST_OTHER.id),
);

const DENIAL = new Set(['deny', 'baseless', 'irresponsible', 'propaganda']);

function levenshtein(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      best = Math.min(best, v);
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

function textsOf(quote: string | readonly string[]): string[] {
  // Dataset passages are plain prose; a full stop and a space is enough to split them, and far
  // cheaper than a segmenter for thousands of passages.
  return (typeof quote === 'string' ? [quote] : [...quote]).flatMap((q) => q.split(/(?<=[.!?։।۔])\s+/)).map((t) => t.trim()).filter(Boolean);
}

export function createMatcher(datasets: readonly Dataset[], opts: MatcherOptions = {}): ClaimMatcher {
  const build = buildMatcher(datasets, opts);
  for (;;) {
    const step = build.next();
    if (step.done) return step.value;
  }
}

/**
 * createMatcher in steps: the generator yields between pieces of the build, so a page can spread it
 * over short tasks (see src/page/core-scanner.ts); its return value is the matcher.
 */
export function* buildMatcher(datasets: readonly Dataset[], opts: MatcherOptions = {}): Generator<void, ClaimMatcher> {
  const sensitivity = Math.min(1, Math.max(0, opts.sensitivity ?? 0.5));
  /** Share of a document's concept weight a sentence must cover. */
  const threshold = 0.8 - 0.4 * sensitivity;

  const claims = new Map<string, ClaimInfo>();
  const raw: { claimId: string; kind: DocKind; text: string }[] = [];
  for (const ds of datasets) {
    for (const claim of ds.claims) {
      if (claims.has(claim.id)) continue;
      claims.set(claim.id, { claim, core: new Map(), actors: new Set(), scene: new Set(), accuser: null, cast: new Set() });
      for (const t of [claim.statement, ...claim.phrasings]) raw.push({ claimId: claim.id, kind: 'claim', text: t });
    }
    for (const r of ds.responses) {
      for (const t of textsOf(r.quote)) raw.push({ claimId: r.claimId, kind: 'quote', text: t });
      // A summary that only explains the quote's provenance says nothing a page would repeat.
      if (r.summary) for (const t of textsOf(r.summary.replace(/^[^:]*not a direct quote:\s*/i, ''))) raw.push({ claimId: r.claimId, kind: 'summary', text: t });
    }
  }

  const parse = (d: (typeof raw)[number]) => {
    const terms = extractTerms(d.text);
    return { ...d, terms, concepts: new Map(terms.map((t) => [t.concept.id, t.concept])) };
  };
  const parsed: ReturnType<typeof parse>[] = [];
  for (const d of raw) {
    if (claims.has(d.claimId)) parsed.push(parse(d));
    yield;
  }
  const byClaim = new Map<string, typeof parsed>();
  for (const d of parsed) {
    const list = byClaim.get(d.claimId);
    if (list) list.push(d);
    else byClaim.set(d.claimId, [d]);
  }

  // Rarity of each concept among claims (not documents: a claim with many phrasings is one claim).
  const claimsWith = new Map<string, Set<string>>();
  const docsWith = new Map<string, number>();
  for (const d of parsed) for (const c of d.concepts.keys()) {
    docsWith.set(c, (docsWith.get(c) ?? 0) + 1);
    let set = claimsWith.get(c);
    if (!set) claimsWith.set(c, (set = new Set()));
    set.add(d.claimId);
  }
  const nClaims = Math.max(claims.size, 1);
  const coreTotal = new Map<string, number>();
  const weights = new Map<string, number>();
  const weightOf = (c: ConceptInfo): number => {
    let w = weights.get(c.id);
    if (w === undefined) weights.set(c.id, (w = computeWeight(c)));
    return w;
  };
  const computeWeight = (c: ConceptInfo): number => {
    const df = claimsWith.get(c.id)?.size ?? 1;
    const idf = Math.log(1 + nClaims / df) + 0.5;
    if (c.kind === 'scene') return idf * 0.4;
    if (c.kind === 'detail') return idf * 0.3;
    if (c.id === 'report') return idf * 0.5;
    // A word only one wording of the whole dataset says is that wording's colour ("strictly",
    // "presidential adviser"), not what the claim is; a sentence may well say it otherwise.
    if ((docsWith.get(c.id) ?? 0) <= 1 && c.kind === 'word') return idf * 0.6;
    return idf;
  };

  // A claim's core: what most of its own wordings say; its actors: whom nearly all of them name.
  for (const info of claims.values()) {
    const own = (byClaim.get(info.claim.id) ?? []).filter((d) => d.kind === 'claim');
    const counts = new Map<string, { c: ConceptInfo; n: number }>();
    for (const d of own) {
      for (const [id, c] of d.concepts) {
        const seen = counts.get(id);
        if (seen) seen.n++;
        else counts.set(id, { c, n: 1 });
        if (c.kind === 'scene') info.scene.add(id);
        if (c.kind === 'actor' || (c.kind === 'detail' && !id.startsWith('date:'))) info.cast.add(id);
      }
    }
    for (const [id, { c, n }] of counts) {
      if (c.kind === 'word' && id !== 'report' && n >= Math.max(2, own.length * 0.4)) info.core.set(id, c);
      if (c.kind === 'actor' && n >= own.length * 0.7) info.actors.add(id);
    }
    const accusers = own.map((d) => accuserOf(d.terms)).filter((a) => a !== null);
    if (accusers.length > 0 && accusers.every((a) => a === accusers[0])) info.accuser = accusers[0]!;
    coreTotal.set(info.claim.id, [...info.core.values()].reduce((sum, c) => sum + weightOf(c), 0));
  }
  /** Concepts at the core of exactly one claim: a sentence saying one points to that claim. */
  const distinctive = new Map<string, string>();
  const distinctiveOf = new Map<string, string[]>();
  for (const info of claims.values()) {
    for (const id of info.core.keys()) {
      if (claimsWith.get(id)?.size !== 1) continue;
      distinctive.set(id, info.claim.id);
      distinctiveOf.set(info.claim.id, [...(distinctiveOf.get(info.claim.id) ?? []), id]);
    }
  }

  const docs: Doc[] = [];
  // The core itself as one more wording, so that a sentence saying the core reaches the claim
  // through the index even when it shares no rare word with any single wording.
  for (const info of claims.values()) {
    // Two concepts ("start", "accuse") are too thin a core to stand for a claim on their own.
    if (info.core.size < 3) continue;
    const concepts = new Map(info.core);
    parsed.push({ claimId: info.claim.id, kind: 'core', text: [...info.core.keys()].join(' '), terms: [], concepts });
  }
  for (const d of parsed) {
    yield;
    if (d.concepts.size === 0) continue;
    const concepts = d.concepts;
    // A response passage is kept only when it speaks to the claim: it shares a word with the claim's
    // core or it is a denial. "The intensive shelling ... is reprehensible" answers nothing.
    let verbatimOnly = false;
    if (d.kind !== 'claim') {
      const core = claims.get(d.claimId)!.core;
      // A long quote still names its answer when a page quotes it word for word.
      if (![...concepts.keys()].some((c) => core.has(c) || DENIAL.has(c))) {
        if (d.kind !== 'quote' || d.text.length < 80) continue;
        verbatimOnly = true;
      }
    }
    let total = 0;
    for (const c of concepts.values()) total += weightOf(c);
    const folded = foldString(d.text);
    const verbatim = d.kind === 'quote' && folded.length >= 15 ? folded.replace(/[.!?"']+$/, '') : null;
    const substance = [...concepts].filter(([id, c]) => c.kind === 'word' && id !== 'report' && !DENIAL.has(id)).length;
    docs.push({ claimId: d.claimId, kind: d.kind, text: d.text, folded, verbatim, concepts, total, substance, verbatimOnly });
  }

  /**
   * The pre-filter: each document is filed only under its heaviest concepts, as many as it takes
   * for the rest to weigh less than the share a sentence must cover. A sentence that covers enough
   * of a document must then say one of them, so no match is lost, and common words ("government",
   * "said", "Azerbaijan") lead to few documents or none: the work per sentence follows the rare
   * words it shares with the claims, not the number of claims. (Near misses for the misspelling
   * rescue are looked for among the documents so reached.)
   */
  const lowest = Math.max(0.3, threshold - 0.1);
  const postings = new Map<string, number[]>();
  const file = (concept: string, doc: number) => {
    const list = postings.get(concept);
    if (list) list.push(doc);
    else postings.set(concept, [doc]);
  };
  // Words said by many claims are not filed under: looking them up would touch a share of every
  // pack. A wording made only of such words is filed under its rarest one.
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
      if (rest < threshold * d.total) break;
    }
    if (filed === 0) file(heaviest[0]!.id, i);
  });
  const vocabulary = new Set(docs.flatMap((d) => [...d.concepts.keys()]));
  /** First three letters of the claims' longer words: a misspelling usually keeps them. */
  const heads = new Set<string>();
  for (const d of docs) {
    for (const w of d.folded.match(/[\p{L}\p{M}\p{N}]{5,}/gu) ?? []) heads.add(w.slice(0, 3));
    yield;
  }

  interface SentenceInfo {
    byConcept: Map<string, Term[]>;
    /** The folded sentence, for verbatim quotes and misspellings; folded only when asked. */
    folded: () => string;
    accuser: string | null;
    /** Whether the sentence names a party or place of the conflict. */
    inScene: boolean;
    /** The states, people and other names it names (not the conflict's parties and places). */
    names: string[];
    terms: Term[];
  }

  interface Verdict {
    doc: Doc;
    score: number;
    matched: Set<string>;
  }

  /** Share of the core (what most of the claim's wordings say) a sentence must say, as the second route. */
  const coreThreshold = threshold + 0.15;

  /**
   * Share of a document a sentence covers, or 0 when one more word (a misspelt one the rescue
   * might recover) could not lift it to the threshold: then Fuse need not look at it.
   */
  function coverage(doc: Doc, byConcept: Map<string, Term[]>): number {
    let covered = 0;
    let heaviestMissing = 0;
    for (const [id, c] of doc.concepts) {
      const w = weightOf(c);
      if (byConcept.has(id)) covered += w;
      else if (w > heaviestMissing) heaviestMissing = w;
    }
    return covered + heaviestMissing < threshold * doc.total ? 0 : covered / doc.total;
  }

  function verbatimOf(doc: Doc, sentence: SentenceInfo): boolean {
    return doc.verbatim !== null && sentence.folded().includes(doc.verbatim);
  }

  /**
   * A terse headline about a claim's actors: "Pakistan: our soldiers are not in Nagorno-Karabakh",
   * "No Pakistani servicemen in Karabakh". Few words, the actor right before a word of the
   * claim's core, the region itself named, nothing of another story: it is about the claim,
   * whether it repeats it or denies it.
   */
  function headline(info: ClaimInfo, sentence: SentenceInfo): boolean {
    const { terms } = sentence;
    if (info.actors.size === 0 || terms.length > 7) return false;
    if (!terms.some((t) => t.concept.kind === 'scene' && !PARTIES.has(t.concept.id))) return false;
    if (terms.some((t) => CONTRAST.has(t.concept.id))) return false;
    return terms.some((t, i) => info.actors.has(t.concept.id) && info.core.has(terms[i + 1]?.concept.id ?? ''));
  }

  function verify(doc: Doc, sentence: SentenceInfo, extra: Set<string>): Verdict | null {
    const { byConcept: sentenceConcepts } = sentence;
    const has = (c: string): boolean => sentenceConcepts.has(c) || extra.has(c);
    const info = claims.get(doc.claimId)!;
    if (doc.verbatimOnly && !verbatimOf(doc, sentence)) return null;
    // The same accusation made by the other side is another claim.
    if (info.accuser && sentence.accuser && sentence.accuser !== info.accuser) return null;
    // The claim's own actors must be named: Turkish troops are not Pakistani troops.
    for (const a of info.actors) if (!has(a)) return null;
    // A claim set in the conflict needs a sentence set there too: Pakistani troops fighting
    // militants in the northwest, or alongside UN peacekeepers in Somalia, are another story.
    // A sentence that names no one but the claim's own cast ("the warring sides agreed to a
    // humanitarian truce", "the Russian-brokered ceasefire broke down") is set where its page is,
    // and the page is about the topic. Not for a claim about an actor: Pakistani troops fighting
    // in a sentence that names no place are Pakistani troops at home.
    const inScene = sentence.inScene || (info.actors.size === 0 && sentence.names.every((n) => info.cast.has(n)));
    if (info.scene.size > 0 && !inScene) return null;
    // A claim that has words of its own ("ethnic cleansing", "ceasefire", "special forces") is
    // not said by a sentence without any of them.
    const own = distinctiveOf.get(doc.claimId);
    if (own && !own.some(has)) return null;
    if (doc.kind === 'core' && headline(info, sentence)) return { doc, score: threshold + 0.05, matched: new Set([...info.actors, ...[...info.core.keys()].filter(has)]) };
    let covered = 0;
    const matched = new Set<string>();
    let substantive = 0;
    for (const [id, c] of doc.concepts) {
      if (!has(id)) continue;
      covered += weightOf(c);
      matched.add(id);
      if (c.kind === 'word' && id !== 'report' && !DENIAL.has(id)) substantive++;
    }
    // Denial words alone ("rejects baseless allegations") fit any denial of anything, and one word
    // of substance ("army") fits much news: the sentence must say more of the claim itself.
    if (substantive === 0 && !inScene) return null;
    if (substantive < 2 && doc.substance >= 2 && !verbatimOf(doc, sentence)) return null;
    // The core alone is less than a wording (it leaves out who and where): it must be said nearly
    // whole, and scores a little lower.
    if (doc.kind === 'core' && covered / doc.total < coreThreshold) return null;
    let score = (covered / doc.total) * (doc.kind === 'core' ? 0.9 : 1);
    const coreSaid = [...info.core.keys()].filter(has);
    const verbatim = verbatimOf(doc, sentence);
    if (verbatim) score = doc.verbatimOnly ? 0.9 : Math.max(score, 0.9);
    // A short passage or a quote ("speculative and baseless") needs the claim's subject around it.
    const short = doc.concepts.size < 3 || doc.kind !== 'claim';
    if (short && coreSaid.length === 0 && !(verbatim && inScene)) return null;
    if (matched.size < 2 && !verbatim) return null;
    // Second route: the sentence says the claim's core even if no single wording is close.
    if (coreSaid.length >= 2 && info.core.size >= 3) {
      const coreScore = coreSaid.reduce((sum, id) => sum + weightOf(info.core.get(id)!), 0) / coreTotal.get(doc.claimId)!;
      if (coreScore >= coreThreshold) {
        score = Math.max(score, coreScore * 0.9);
        for (const id of coreSaid) matched.add(id);
      }
    }
    for (const c of sentenceConcepts.keys()) {
      if (CONTRAST.has(c) && !doc.concepts.has(c)) score *= 0.75;
      const owner = distinctive.get(c);
      if (owner !== undefined && owner !== doc.claimId) score *= 0.7;
    }
    return score >= threshold ? { doc, score: Math.min(1, score), matched } : null;
  }

  function matchSentence(sentence: string): ClaimMatch[] {
    const terms = extractTerms(sentence);
    if (terms.length < 2) return [];
    const byConcept = new Map<string, Term[]>();
    for (const t of terms) {
      const list = byConcept.get(t.concept.id);
      if (list) list.push(t);
      else byConcept.set(t.concept.id, [t]);
    }
    // Pre-filter: the documents filed under a concept the sentence says.
    const candidates = new Set<number>();
    for (const c of byConcept.keys()) for (const i of postings.get(c) ?? []) candidates.add(i);
    if (candidates.size === 0) return [];
    let folded: string | undefined;
    const info: SentenceInfo = {
      byConcept,
      folded: () => (folded ??= foldString(sentence)),
      accuser: accuserOf(terms),
      inScene: terms.some((t) => t.concept.kind === 'scene'),
      names: terms.filter((t) => t.concept.kind === 'actor' || (t.concept.kind === 'detail' && !t.concept.id.startsWith('date:'))).map((t) => t.concept.id),
      terms,
    };
    const verdicts: Verdict[] = [];
    const nearMisses: { doc: Doc; coverage: number }[] = [];
    for (const i of candidates) {
      const doc = docs[i]!;
      const v = verify(doc, info, new Set());
      if (v) verdicts.push(v);
      else {
        const c = coverage(doc, byConcept);
        if (c >= lowest) nearMisses.push({ doc, coverage: c });
      }
    }
    if (verdicts.length === 0 && nearMisses.length > 0) {
      // Only the closest few: the rescue is for a misspelt word in a sentence that nearly matched.
      const closest = nearMisses.sort((a, b) => b.coverage - a.coverage).slice(0, 3).map((n) => n.doc);
      verdicts.push(...fuzzyRescue(info, closest));
    }
    return toMatches(sentence, terms, verdicts);
  }

  /**
   * Near misses get one more look through Fuse's fuzzy token search, for misspelled words. Fuse's
   * pairing of words is not trusted as is: each sentence word it proposes must be within a small
   * edit distance of a word of the document before its concept counts.
   */
  function fuzzyRescue(sentence: SentenceInfo, candidates: Doc[]): Verdict[] {
    const unknown = [
      ...new Set((sentence.folded().match(/[\p{L}\p{M}\p{N}]{5,}/gu) ?? []).filter((w) => heads.has(w.slice(0, 3)) && !vocabulary.has(conceptOf(w)?.id ?? w))),
    ];
    if (unknown.length === 0) return [];
    // Fuse only for a document with a word that begins like one of the unknown words.
    const near = candidates.filter((d) => {
      const own = (d.heads ??= new Set((d.folded.match(/[\p{L}\p{M}\p{N}]{5,}/gu) ?? []).map((w) => w.slice(0, 3))));
      return unknown.some((w) => own.has(w.slice(0, 3)));
    });
    if (near.length === 0) return [];
    const fuse = new Fuse(near, { keys: ['folded'], useTokenSearch: true, includeMatches: true, threshold: 0.34, ignoreLocation: true });
    const out: Verdict[] = [];
    for (const hit of fuse.search(unknown.join(' '))) {
      const docWords = new Set<string>();
      for (const m of hit.matches ?? []) for (const [s, e] of m.indices) docWords.add((m.value ?? '').slice(s, e + 1));
      const extra = new Set<string>();
      for (const w of unknown) {
        for (const dw of docWords) {
          const c = conceptOf(dw);
          if (c && dw.length >= 5 && levenshtein(w, dw, w.length >= 8 ? 2 : 1) <= (w.length >= 8 ? 2 : 1)) extra.add(c.id);
        }
      }
      if (extra.size === 0) continue;
      const v = verify(hit.item, sentence, extra);
      if (v) out.push({ ...v, score: v.score * 0.95 });
    }
    return out;
  }

  function toMatches(sentence: string, terms: Term[], verdicts: Verdict[]): ClaimMatch[] {
    const best = new Map<string, Verdict>();
    for (const v of verdicts) {
      const seen = best.get(v.doc.claimId);
      if (!seen || v.score > seen.score) best.set(v.doc.claimId, v);
    }
    return [...best.values()]
      .sort((a, b) => b.score - a.score)
      .map((v) => ({
        claimId: v.doc.claimId,
        start: 0,
        end: sentence.length,
        sentence,
        score: Math.round(v.score * 1000) / 1000,
        terms: [...new Set(terms.filter((t) => v.matched.has(t.concept.id)).map((t) => t.word))],
      }));
  }

  return { matchSentence, claim: (id) => claims.get(id)?.claim };
}


