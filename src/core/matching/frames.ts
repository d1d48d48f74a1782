/**
 * Each claim as a frame: what its own wordings agree it says (its core), whom it is about, where it
 * is set, who made it and who answered, and the words only it says. The rules ask the frame, not one
 * wording, whether a sentence can be about the claim at all.
 */
import type { Claim, Dataset } from '../../data/schema';
import type { ConceptInfo } from '../lexicon';
import { foldString } from '../normalize';
import type { Steps } from '../steps';
import { extractTerms } from '../terms';
import type { Parsed } from './documents';
import type { ClaimFrame, Cues } from './index';
import { accuserOf, isName, PARTIES } from './sentence';

type Party = { name: string; role?: string; title?: string; organisation?: string };

/** Concepts that name no one in particular: every party has a government, a ministry, a report. */
const GENERIC_CUES = new Set(['report', 'government', 'ministry', 'statement', 'said', 'say', 'made', 'interview', 'described', 'announced', 'carried', 'published', 'president', 'republic', 'administration', 'spokesman', 'spokesperson', 'outlet']);

/** A party's names and title as cues: name, organisation and title whole, the role only for names and titles. */
function cuesOf(parties: readonly Party[]): Cues {
  const words = new Set<string>();
  const concepts = new Set<string>();
  for (const p of parties) {
    for (const [text, whole] of [[p.name, true], [p.organisation ?? '', true], [p.title ?? '', true], [p.role ?? '', false]] as const) {
      for (const t of extractTerms(text)) {
        const { id, kind } = t.concept;
        if (GENERIC_CUES.has(id) || id.startsWith('date:')) continue;
        // Short words of a name ("Now" of "Times Now") are everyday words elsewhere.
        if (id.length < 4 && kind !== 'actor' && id !== 'pm') continue;
        if (whole || kind !== 'word' || id === 'pm') concepts.add(id);
      }
    }
    // A person's name: two or more capitalised words and no institution among them.
    if (/^(\p{Lu}[\p{L}'-]+\s+){1,3}\p{Lu}[\p{L}'-]+$/u.test(p.name.trim()) && !/\b(office|ministry|agency|government|council|media|outlets?)\b/i.test(p.name)) {
      for (const w of foldString(p.name).split(/\s+/)) if (w.length >= 4) words.add(w);
    }
  }
  return { words: [...words], concepts, strong: new Set() };
}

/** A claim's core: what most of its own wordings say; its actors: whom nearly all of them name. */
function frameOf(claim: Claim, own: readonly Parsed[], weightOf: (c: ConceptInfo) => number): ClaimFrame {
  const frame: ClaimFrame = {
    claim, core: new Map(), coreTotal: 0, actors: new Set(), scene: new Set(), accuser: null, cast: new Set(), distinctive: [],
    claimants: cuesOf(claim.claimants), answerers: { words: [], concepts: new Set(), strong: new Set() }, answerWords: new Set(),
  };
  const counts = new Map<string, { c: ConceptInfo; n: number }>();
  for (const d of own) {
    for (const [id, c] of d.concepts) {
      const seen = counts.get(id);
      if (seen) seen.n++;
      else counts.set(id, { c, n: 1 });
      if (c.kind === 'scene') frame.scene.add(id);
      if (isName(id, c.kind)) frame.cast.add(id);
    }
  }
  for (const [id, { c, n }] of counts) {
    if (c.kind === 'word' && id !== 'report' && n >= Math.max(2, own.length * 0.4)) frame.core.set(id, c);
    if (c.kind === 'actor' && n >= own.length * 0.7) frame.actors.add(id);
  }
  const accusers = own.map((d) => accuserOf(d.terms)).filter((a) => a !== null);
  if (accusers.length > 0 && accusers.every((a) => a === accusers[0])) frame.accuser = accusers[0]!;
  frame.coreTotal = [...frame.core.values()].reduce((sum, c) => sum + weightOf(c), 0);
  return frame;
}

/** Each claim's frame from its own wordings, in steps. */
export function* framesOf(claims: ReadonlyMap<string, Claim>, byClaim: ReadonlyMap<string, Parsed[]>, weightOf: (c: ConceptInfo) => number): Steps<Map<string, ClaimFrame>> {
  const frames = new Map<string, ClaimFrame>();
  for (const claim of claims.values()) {
    frames.set(claim.id, frameOf(claim, byClaim.get(claim.id) ?? [], weightOf));
    yield;
  }
  return frames;
}

/** Who answered each claim: the speakers of its responses, as cues. */
export function addAnswerers(frames: ReadonlyMap<string, ClaimFrame>, datasets: readonly Dataset[]): void {
  for (const ds of datasets) {
    const speakers = new Map<string, Party[]>();
    for (const r of ds.responses) if (frames.has(r.claimId)) (speakers.get(r.claimId) ?? speakers.set(r.claimId, []).get(r.claimId)!).push(r.speaker);
    for (const [claimId, list] of speakers) {
      const frame = frames.get(claimId)!;
      const cues = cuesOf(list);
      frame.answerers = { words: [...new Set([...frame.answerers.words, ...cues.words])], concepts: new Set([...frame.answerers.concepts, ...cues.concepts]), strong: new Set() };
    }
  }
}

/** A party concept names one party when only one claim's parties have it. */
export function markStrongCues(frames: ReadonlyMap<string, ClaimFrame>): void {
  const partyClaims = new Map<string, Set<string>>();
  for (const frame of frames.values()) {
    for (const c of [...frame.claimants.concepts, ...frame.answerers.concepts]) (partyClaims.get(c) ?? partyClaims.set(c, new Set()).get(c)!).add(frame.claim.id);
  }
  for (const frame of frames.values()) {
    for (const cues of [frame.claimants, frame.answerers]) for (const c of cues.concepts) if (partyClaims.get(c)!.size === 1) cues.strong.add(c);
  }
}

/**
 * Words only this claim's answers say ("help", "completion"): words any other claim's documents
 * also say ("military", "halt") tell nothing of which claim a sentence answers.
 */
export function addAnswerWords(frames: ReadonlyMap<string, ClaimFrame>, parsed: readonly Parsed[], claimsWith: ReadonlyMap<string, Set<string>>): void {
  for (const d of parsed) {
    if (d.kind === 'claim') continue;
    const frame = frames.get(d.claimId)!;
    for (const [id, c] of d.concepts) {
      if (c.kind === 'word' && !frame.core.has(id) && !GENERIC_CUES.has(id) && claimsWith.get(id)?.size === 1) frame.answerWords.add(id);
    }
  }
}

/**
 * Core concepts no other claim says, and their claim. Distinctive among what the claims themselves
 * say: an answer that quotes another claim's words ("large-scale aggression ... ethnic cleansing")
 * does not make those words that claim's own.
 */
export function markDistinctive(frames: ReadonlyMap<string, ClaimFrame>, byClaim: ReadonlyMap<string, Parsed[]>): Map<string, string> {
  const claimsSaying = new Map<string, Set<string>>();
  for (const [claimId, own] of byClaim) for (const d of own) for (const c of d.concepts.keys()) (claimsSaying.get(c) ?? claimsSaying.set(c, new Set()).get(c)!).add(claimId);
  const distinctive = new Map<string, string>();
  for (const frame of frames.values()) {
    for (const id of frame.core.keys()) {
      if (claimsSaying.get(id)?.size !== 1) continue;
      distinctive.set(id, frame.claim.id);
      frame.distinctive.push(id);
    }
  }
  return distinctive;
}

/** A claimant's name word or title concept -> the claims they made (for answers that name only them). */
export function claimantIndex(frames: ReadonlyMap<string, ClaimFrame>): Map<string, string[]> {
  const byClaimant = new Map<string, string[]>();
  for (const frame of frames.values()) {
    const keys = [...frame.claimants.words, ...[...frame.claimants.concepts].filter((c) => !frame.actors.has(c) && !PARTIES.has(c))];
    for (const k of keys) (byClaimant.get(k) ?? byClaimant.set(k, []).get(k)!).push(frame.claim.id);
  }
  return byClaimant;
}
