/**
 * Claim matching: does a sentence state, report or answer a known claim?
 *
 * The claims are indexed once (matching/index.ts): each claim as a frame (what its own wordings
 * agree it says, about whom, where: matching/frames.ts) and as short documents reduced to concepts
 * (matching/documents.ts). A sentence is read into concepts (matching/sentence.ts), the index
 * proposes the documents it shares a rare concept with, and named rules (matching/rules.ts, applied
 * by matching/verify.ts) verify each; answers and context have routes of their own
 * (matching/answers.ts); documents it nearly matched get the misspelling rescue (matching/rescue.ts). Denials match the claim they deny: "Islamabad rejects
 * reports its soldiers fought for Baku" covers the claim's concepts plus denial words.
 */
import type { Dataset } from '../data/schema';
import { languageOf } from './lexicon';
import { answersClaimant, deniesOwnWords, speaksToContext } from './matching/answers';
import { buildIndex, type ClaimIndex, type Doc } from './matching/index';
import { fitsPageDate } from './matching/page-date';
import { namesParty } from './matching/parties';
import { rescue, unknownWords } from './matching/rescue';
import type { Verdict } from './matching/rules';
import { readSentence, type SentenceInfo } from './matching/sentence';
import { LOWEST_THRESHOLD, thresholdsFor, type Thresholds } from './matching/thresholds';
import { coverage, verify } from './matching/verify';
import { runToEnd, type Steps } from './steps';
import type { ClaimMatch, ClaimMatcher, MatchOptions } from './types';

export type { ClaimMatcher } from './types';

interface MatcherOptions {
  /** 0 (only near-verbatim restatements) to 1 (loose paraphrases). Default 0.5. */
  sensitivity?: number;
}

export function createMatcher(datasets: readonly Dataset[], opts: MatcherOptions = {}): ClaimMatcher {
  return runToEnd(buildMatcher(datasets, opts));
}

/**
 * createMatcher in steps: a page can spread the build over short tasks (see src/page/run-sliced.ts);
 * the steps' value is the matcher.
 */
function* buildMatcher(datasets: readonly Dataset[], opts: MatcherOptions = {}): Steps<ClaimMatcher> {
  const index = yield* buildIndex(datasets);
  return matcherFromIndex(index, opts);
}

/** A matcher on an index built before (loaded ready-made, or shared between sensitivities). */
export function matcherFromIndex(index: ClaimIndex, opts: MatcherOptions = {}): ClaimMatcher {
  return matcherOn(index, thresholdsFor(opts.sensitivity ?? 0.5));
}

function matcherOn(index: ClaimIndex, t: Thresholds): ClaimMatcher {
  const candidatesOf = candidateFinder(index);
  /** Documents with at least this share covered are near misses, for the misspelling rescue. */
  const nearMiss = Math.max(LOWEST_THRESHOLD - 0.1, t.cover - 0.1);

  function matchSentence(text: string, options?: MatchOptions): ClaimMatch[] {
    const sentence = readSentence(text, options?.mentions);
    if (sentence.terms.length < 2) return [];
    const dated = (v: Verdict) => fitsPageDate(index.frames.get(v.doc.claimId)!, sentence, options?.pageDate);
    const verdicts = ownVerdicts(sentence).filter(dated);
    // Answers that name the claimant count beside what the sentence says by itself: "Pakistan rejects
    // the Armenian prime minister's remarks on its forces" says the Agdam report's words too.
    const own = new Set(verdicts.map((v) => v.doc.claimId));
    verdicts.push(...answerVerdicts(sentence).filter((v) => dated(v) && !own.has(v.doc.claimId)));
    if (verdicts.length === 0 && options?.context && t.context) {
      // The nearest claim first: an article moves from one claim to the next.
      for (const { claimId } of [...options.context].sort((a, b) => a.distance - b.distance)) {
        const frame = index.frames.get(claimId);
        const v = frame && speaksToContext(t, frame, sentence);
        if (v && dated(v)) {
          verdicts.push(v);
          break;
        }
      }
    }
    return toMatches(sentence, verdicts.map((v) => ({ ...v, score: Math.min(1, v.score + partyBonus(v, sentence)) })), (v) => claimantNamed(v, sentence));
  }

  /** What the sentence says by itself: the documents it covers, else a misspelling rescued. */
  function ownVerdicts(sentence: SentenceInfo): Verdict[] {
    const candidates = candidatesOf(sentence);
    const verdicts: Verdict[] = [];
    const missed: Doc[] = [];
    const none = new Set<string>();
    for (const i of candidates) {
      const doc = index.docs[i]!;
      const v = verify(index, t, doc, sentence, none);
      if (v) verdicts.push(v);
      else missed.push(doc);
    }
    if (verdicts.length > 0) return verdicts;
    // The rescue is for a misspelt word in a sentence that nearly matched: the near misses first
    // (few sentences have one), then the words the claims do not know.
    const nearMisses: { doc: Doc; coverage: number }[] = [];
    for (const doc of missed) {
      const c = coverage(index, doc, sentence, t.cover);
      if (c >= nearMiss) nearMisses.push({ doc, coverage: c });
    }
    if (nearMisses.length === 0) return verdicts;
    const unknown = unknownWords(index, sentence);
    if (unknown.length === 0) return verdicts;
    // Only the closest few.
    const closest = nearMisses.sort((a, b) => b.coverage - a.coverage).slice(0, 3).map((n) => n.doc);
    return rescue(index, t, sentence, closest, unknown);
  }

  /** Answers that name only the claim's subject and its claimant, or deny only its own words. */
  function answerVerdicts(sentence: SentenceInfo): Verdict[] {
    const claims = new Set<string>();
    for (const w of sentence.words()) for (const id of index.byClaimant.get(w) ?? []) claims.add(id);
    for (const c of sentence.byConcept.keys()) for (const id of index.byClaimant.get(c) ?? []) claims.add(id);
    const out: Verdict[] = [];
    for (const id of claims) {
      const v = answersClaimant(t, index.frames.get(id)!, sentence);
      if (v) out.push(v);
    }
    for (const c of sentence.byConcept.keys()) {
      const id = index.distinctive.get(c);
      if (id === undefined || out.some((v) => v.doc.claimId === id)) continue;
      const v = deniesOwnWords(t, index.frames.get(id)!, sentence);
      if (v) out.push(v);
    }
    return out;
  }

  /**
   * Between claims that both fit, the one whose claimant the sentence names comes first: a sentence
   * that names Armenia's prime minister is about his claim, not the Agdam report.
   */
  function claimantNamed(v: Verdict, sentence: SentenceInfo): boolean {
    const frame = index.frames.get(v.doc.claimId)!;
    return namesParty(frame.claimants, frame, sentence) > 0;
  }

  /** A little more for each party of the claim the sentence names, claimant or answerer. */
  function partyBonus(v: Verdict, sentence: SentenceInfo): number {
    const frame = index.frames.get(v.doc.claimId)!;
    return 0.04 * (namesParty(frame.claimants, frame, sentence) + namesParty(frame.answerers, frame, sentence));
  }

  return { matchSentence, claim: (id) => index.frames.get(id)?.claim };
}

/**
 * The pre-filter: a sentence's candidates are the documents filed under a concept it says, in the
 * order first met. A mark per document says which call took it last (a Set per sentence costs more).
 */
function candidateFinder(index: ClaimIndex): (sentence: SentenceInfo) => number[] {
  let taken = new Uint32Array(0);
  let call = 0;
  return (sentence) => {
    // A matcher read in part grows its index as the page needs (see index-shards.ts).
    if (taken.length < index.docs.length) taken = new Uint32Array(index.docs.length);
    if (++call === 0xffffffff) {
      taken.fill(0);
      call = 1;
    }
    const out: number[] = [];
    for (const c of sentence.byConcept.keys()) {
      for (const i of index.postings.get(c) ?? []) {
        if (taken[i] === call) continue;
        taken[i] = call;
        out.push(i);
      }
    }
    return out;
  };
}

/**
 * The best verdict per claim, as matches of the whole sentence: first the claims whose claimant the
 * sentence names, then by score.
 */
function toMatches(sentence: SentenceInfo, verdicts: Verdict[], first: (v: Verdict) => boolean): ClaimMatch[] {
  const best = new Map<string, Verdict>();
  for (const v of verdicts) {
    const seen = best.get(v.doc.claimId);
    if (!seen || v.score > seen.score) best.set(v.doc.claimId, v);
  }
  if (best.size === 0) return [];
  // The card tells the reader which language a sentence matched in.
  const lang = languageOf(sentence.text);
  return [...best.values()]
    .map((v) => ({ v, first: first(v) }))
    .sort((a, b) => Number(b.first) - Number(a.first) || b.v.score - a.v.score)
    .map(({ v }) => ({
      ...(v.via ? { via: v.via } : {}),
      ...(lang ? { lang } : {}),
      claimId: v.doc.claimId,
      start: 0,
      end: sentence.text.length,
      sentence: sentence.text,
      score: Math.round(v.score * 1000) / 1000,
      terms: [...new Set(sentence.terms.filter((term) => v.matched.has(term.concept.id)).map((term) => term.word))],
    }));
}
