/**
 * How an answer is named in the reader's language: "Denied by …", "Rejected by …": the verb is the
 * kind the source supports (the dataset's `kind`), the person or body comes from the data.
 */
import type { ClaimResponse, Person } from '@/src/data/schema';
import type { MessageKey } from '@/src/i18n/t';

const ANSWER_BY: Readonly<Record<string, MessageKey>> = {
  denial: 'answerBy_denial',
  rejection: 'answerBy_rejection',
  rebuttal: 'answerBy_rebuttal',
  confirmation: 'answerBy_confirmation',
  'call-to-halt': 'answerBy_callToHalt',
  accusation: 'answerBy_accusation',
  statement: 'answerBy_statement',
  context: 'answerBy_context',
};

const KIND_LABEL: Readonly<Record<string, MessageKey>> = {
  denial: 'cardKind_denial',
  rejection: 'cardKind_rejection',
  rebuttal: 'cardKind_rebuttal',
  confirmation: 'cardKind_confirmation',
  context: 'cardKind_context',
};

/** "Denied by $WHO$", with the placeholder where the language puts the answerer. */
export function answerByKey(kind: ClaimResponse['kind']): MessageKey {
  return ANSWER_BY[kind] ?? 'answerBy_statement';
}

/** The kind as a label ("Denial"). */
export function kindLabelKey(kind: ClaimResponse['kind']): MessageKey {
  return KIND_LABEL[kind] ?? 'cardKind_context';
}

/** Who answered, short: the body they spoke for, then the person ("Pakistan's Foreign Office (Zahid Hafeez Chaudri)"). */
export function speakerLabel(speaker: Person): string {
  const { name, organisation } = speaker;
  if (!organisation || organisation === name) return name;
  return `${organisation} (${name})`;
}
