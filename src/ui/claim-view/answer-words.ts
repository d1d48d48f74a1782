/**
 * How an answer is named in the reader's language: "Denied by …", "Rejected by …": the verb is the
 * kind the source supports (the dataset's `kind`), the person or body comes from the data. Typed by
 * the schema's kinds, so a kind added there without words here fails tsc.
 */
import type { ClaimResponse, Person, ResponseKind } from '@/src/data/schema';
import type { MessageKey } from '@/src/i18n/t';

const ANSWER_BY: Readonly<Record<ResponseKind, MessageKey>> = {
  denial: 'answerBy_denial',
  rejection: 'answerBy_rejection',
  rebuttal: 'answerBy_rebuttal',
  confirmation: 'answerBy_confirmation',
  'call-to-halt': 'answerBy_callToHalt',
  accusation: 'answerBy_accusation',
  statement: 'answerBy_statement',
  context: 'answerBy_context',
};

const KIND_LABEL: Readonly<Record<ResponseKind, MessageKey>> = {
  denial: 'cardKind_denial',
  rejection: 'cardKind_rejection',
  rebuttal: 'cardKind_rebuttal',
  confirmation: 'cardKind_confirmation',
  'call-to-halt': 'cardKind_callToHalt',
  accusation: 'cardKind_accusation',
  statement: 'cardKind_statement',
  context: 'cardKind_context',
};

/** "Denied by $WHO$", with the placeholder where the language puts the answerer. */
export function answerByKey(kind: ResponseKind): MessageKey {
  return ANSWER_BY[kind];
}

/** The kind as a label ("Denial"). */
export function kindLabelKey(kind: ResponseKind): MessageKey {
  return KIND_LABEL[kind];
}

/** Who answered, short: the body they spoke for, then the person ("Pakistan's Foreign Office (Zahid Hafeez Chaudri)"). */
export function speakerLabel(speaker: Person): string {
  const { name, organisation } = speaker;
  if (!organisation || organisation === name) return name;
  return `${organisation} (${name})`;
}

/**
 * Whether two responses are one answer as different outlets carried it: the same kind, by the same
 * body (or person), on the same day, or one dated only by the month or year that holds the other's
 * day ("earlier this month" in a later report of a denial of 2 October).
 */
export function sameAnswer(a: ClaimResponse, b: ClaimResponse): boolean {
  const who = (r: ClaimResponse) => r.speaker.organisation ?? r.speaker.name;
  return a.kind === b.kind && who(a) === who(b) && (a.date.startsWith(b.date) || b.date.startsWith(a.date));
}
