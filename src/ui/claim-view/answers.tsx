/**
 * The answers to a claim, in the order lookup.ts gives them (direct answers first), each with the
 * speaker as the source names them, their words verbatim, and its source. Reported speech is shown as
 * the outlet's sentence, never as the speaker's words.
 */
import type { ClaimResponse, Source } from '@/src/data/schema';
import { t } from '@/src/i18n/t';
import { tParts } from '@/src/i18n/parts';
import { answerByKey, kindLabelKey, speakerLabel } from './answer-words';
import { CopyButton } from './cite-buttons';
import type { CiteControls } from './copy';
import { DateText } from './dated';
import type { ResolvedResponse } from './resolve';
import { Quote, SourceLine } from './sourced';
import { datedOf } from './timeline';

/** `onCopy` is given when the host can copy; each answer then has its own button. */
export function Answers(props: {
  responses: readonly ResolvedResponse[];
  lang: string;
  cite?: CiteControls;
  onCopy?: (responseId: string) => void;
}) {
  const { responses, lang, cite, onCopy } = props;
  return (
    <section class="kc-answers" aria-label={t('cardAnswers')}>
      <h3>{t('cardAnswers')}</h3>
      {responses.length === 0 ? (
        <p class="kc-none">{t('cardNoAnswers')}</p>
      ) : (
        <ul>
          {responses.map(({ response, source }) => (
            <li key={response.id} class={`kc-response kc-kind-${response.kind}`}>
              <ResponseView response={response} source={source} lang={lang} />
              {cite && onCopy ? (
                <CopyButton
                  cite={cite}
                  copyKey={response.id}
                  label={t('citeCopyAnswerAria', t(answerByKey(response.kind), speakerLabel(response.speaker)))}
                  onClick={() => onCopy(response.id)}
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ResponseView(props: { response: ClaimResponse; source?: Source; lang: string }) {
  const { response, source, lang } = props;
  const who = [response.speaker.role, response.speaker.organisation].filter(Boolean).join(', ');
  return (
    <>
      <p class="kc-speaker">
        <span class="kc-kind">{t(kindLabelKey(response.kind))}</span>{' '}
        <bdi>
          <strong class="kc-speaker-name">{response.speaker.name}</strong>
          {who ? <span class="kc-role">, {who}</span> : null}
        </bdi>
        {' · '}
        <DateText value={datedOf(response)} lang={lang} withNote />
      </p>
      {/* The outlet's sentence about what was said: shown as the outlet's, never as the speaker's words. */}
      {response.reported && source ? (
        <p class="kc-reported">{tParts('cardReportedBy', [<bdi>{source.publisher}</bdi>])}</p>
      ) : null}
      <Quote quote={response.quote} cite={source?.url} />
      {response.summary ? (
        <p class="kc-summary" dir="auto">
          {response.summary}
        </p>
      ) : null}
      {source ? <SourceLine source={source} lang={lang} /> : null}
    </>
  );
}
