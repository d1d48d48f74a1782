/**
 * The words a ClaimReview's rating carries: who answered the claim and how, in the speaker's own words
 * where the source quotes them, never a verdict of ours and no truth scale (see to-claimreview.ts).
 */
import { quotePassages } from '../lookup';
import type { ClaimResponse, DateQualifier, Person, ResponseKind, Source } from '../schema';

const ANSWERED: Record<ResponseKind, (who: string) => string> = {
  denial: (who) => `${who} denied it`,
  rejection: (who) => `${who} rejected it`,
  rebuttal: (who) => `${who} disputed it`,
  confirmation: (who) => `${who} confirmed it`,
  'call-to-halt': (who) => `${who} called for a halt`,
  accusation: (who) => `Accusation by ${who}`,
  statement: (who) => `Statement by ${who}`,
  context: (who) => `Context from ${who}`,
};

/** Short enough to stand in a rating's name; longer words are in the explanation. */
const SHORT_QUOTE = 60;

/**
 * "Pakistan's Foreign Office rejected it: “speculative and baseless”; Context from Ilham Aliyev": who
 * answered and how, in the speaker's own words where the source quotes them, never a verdict of ours.
 */
export function ratingName(responses: readonly ClaimResponse[]): string {
  if (responses.length === 0) return 'No response recorded; see context';
  const parts = new Map<string, string>();
  for (const r of responses) {
    const base = ANSWERED[r.kind](whoAnswered(r.speaker));
    const first = r.reported ? undefined : quotePassages(r.quote)[0];
    const named = first !== undefined && first.length <= SHORT_QUOTE ? `${base}: “${first}”` : base;
    // One part per speaker and kind: the first that quotes them, if any does.
    if (!parts.has(base) || (!parts.get(base)!.includes('“') && named !== base)) parts.set(base, named);
  }
  return [...parts.values()].join('; ');
}

export function ratingExplanation(responses: readonly ClaimResponse[], sources: Map<string, Source>): string {
  if (responses.length === 0) return 'No response to this claim is recorded in the sources; the context facts give background.';
  return responses
    .map((r) => {
      const when = dateText(r);
      if (!r.reported) return `${speakerLabel(r.speaker)} (${when}): ${quotePassages(r.quote).map((q) => `“${q}”`).join(' … ')}`;
      // The passage is the outlet's sentence, often with the speaker's words quoted inside it: it
      // follows the outlet's name, in no quotation marks of ours, so nothing reads as the speaker's own.
      const outlet = sources.get(r.sourceId)?.publisher ?? 'The source';
      return `${outlet}, reporting what ${speakerLabel(r.speaker)} said (${when}), in its own words: ${quotePassages(r.quote).join(' … ')}`;
    })
    .join('\n');
}

function dateText(x: { date: string; dateQualifier?: DateQualifier }): string {
  const q = x.dateQualifier;
  return q === undefined ? x.date : `${q === 'week-of' ? 'week of' : q === 'approx' ? 'about' : 'before'} ${x.date}`;
}
/** A spokesperson speaks for their office ("Pakistan's Foreign Office"); anyone else for themselves. */
function whoAnswered(p: Person): string {
  return p.organisation && p.role && /spokes/i.test(p.role) ? p.organisation : p.name;
}

function speakerLabel(p: Person): string {
  if (p.role && p.organisation) return `${p.name} (${p.role}, ${p.organisation})`;
  if (p.role) return `${p.name} (${p.role})`;
  return p.name;
}
