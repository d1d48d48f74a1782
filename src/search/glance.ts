/**
 * Answers at a glance: each answer to a claim as one line the popup can show under a result: the
 * kind of answer as the source supports it, who gave it, when, and the shortest verbatim words from
 * it ("Denied by Pakistan's Foreign Office, 2 Oct 2020: “speculative and baseless”").
 *
 * The words are never paraphrased: the shortest passage of the quote, or a phrase the quote itself
 * puts in quotation marks (a speaker's words inside an outlet's sentence), and only when that is still
 * too long, its opening words up to a whole word, with an ellipsis.
 */
import type { ClaimResponse, DateQualifier, Source } from '@/src/data/schema';
import { sameAnswer, speakerLabel } from '@/src/ui/claim-view/answer-words';

export interface AnswerLine {
  responseId: string;
  kind: ClaimResponse['kind'];
  /** Who answered, as shown: the organisation they spoke for, then the person. */
  who: string;
  date: string;
  dateQualifier?: DateQualifier;
  /** Verbatim words from the answer. */
  quote: string;
  /** The quote is the outlet's report of the answer, not the speaker's words: the outlet that wrote it. */
  reportedBy?: string;
}

/** Above this, the chosen words are cut at a word boundary. */
const MAX_QUOTE = 140;
/** Below this, a phrase in quotation marks is too little to stand for the answer ("No"). */
const MIN_PHRASE_WORDS = 2;
/** Quotation marks a source may put around the speaker's own words inside its sentence. */
const QUOTED = /[“"«„]([^”"»“]{3,}?)[”"»“]/g;

/**
 * The shortest verbatim words that can stand for the answer. In an outlet's report of what someone
 * said (`reported`), a phrase the outlet puts in quotation marks is the speaker's own words and may
 * stand alone (`quoted`); in a speaker's own words, such a phrase is someone else's and may not.
 */
export function shortestQuote(quote: string | readonly string[], reported = false): { text: string; quoted: boolean } {
  const passages = (typeof quote === 'string' ? [quote] : [...quote]).map(unwrap);
  const candidates = passages.map((text) => ({ text, quoted: false }));
  for (const p of reported ? passages : []) {
    for (const m of p.matchAll(QUOTED)) {
      const phrase = m[1]!.trim();
      if (phrase.split(/\s+/).length >= MIN_PHRASE_WORDS) candidates.push({ text: phrase, quoted: true });
    }
  }
  const shortest = candidates.reduce((a, b) => (b.text.length < a.text.length ? b : a));
  return { text: clip(shortest.text), quoted: shortest.quoted };
}

/** A passage stored with its own quotation marks around it; the line adds its own. */
function unwrap(passage: string): string {
  const t = passage.trim();
  const m = /^[“"«„]([^“”"«»„]+)[”"»“]$/.exec(t);
  return m ? m[1]!.trim() : t;
}

function clip(text: string): string {
  if (text.length <= MAX_QUOTE) return text;
  const cut = text.lastIndexOf(' ', MAX_QUOTE);
  return `${text.slice(0, cut > MAX_QUOTE / 2 ? cut : MAX_QUOTE).replace(/[\s,;:]+$/, '')} …`;
}

/**
 * The answers of a claim as lines, oldest first. Background remarks are not answers and are left
 * out. An answer several outlets carried (the same kind, by the same speaker's organisation, on the
 * same day) is one line, with the shortest words any of them quoted.
 */
export function answerLines(responses: readonly ClaimResponse[], sources: ReadonlyMap<string, Source>): AnswerLine[] {
  const lines: { response: ClaimResponse; line: AnswerLine }[] = [];
  const answers = responses.filter((r) => r.kind !== 'context').sort((a, b) => a.date.localeCompare(b.date));
  for (const r of answers) {
    const { text: quote, quoted } = shortestQuote(r.quote, r.reported === true);
    const line: AnswerLine = {
      responseId: r.id,
      kind: r.kind,
      who: speakerLabel(r.speaker),
      date: r.date,
      ...(r.dateQualifier ? { dateQualifier: r.dateQualifier } : {}),
      quote,
      ...(r.reported && !quoted ? { reportedBy: sources.get(r.sourceId)?.publisher } : {}),
    };
    const known = lines.find((l) => sameAnswer(l.response, r));
    if (!known) {
      lines.push({ response: r, line });
      continue;
    }
    // One line for the answer: its most precise date and who, and the shortest words any outlet quoted.
    if (r.date.length > known.line.date.length) {
      known.line = { ...known.line, responseId: r.id, who: line.who, date: r.date, dateQualifier: r.dateQualifier };
      known.response = r;
    }
    if (quote.length < known.line.quote.length) {
      known.line = { ...known.line, quote, reportedBy: line.reportedBy };
    }
  }
  return lines.map((l) => l.line);
}
