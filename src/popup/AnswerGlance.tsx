/**
 * A result's answers, one line each: "Denied by Pakistan's Foreign Office, 2 Oct 2020: “speculative
 * and baseless”", with the query's words marked. The answer is the point of a result, so it is
 * shown without opening the claim.
 */
import type { AnswerHit } from '@/src/search';
import { formatNumber, t, uiLanguage } from '@/src/i18n/t';
import { tParts } from '@/src/i18n/parts';
import { answerByKey } from '@/src/ui/claim-view/answer-words';
import { DateText } from '@/src/ui/claim-view/dated';
import { Marked } from './Marked';

/** Lines shown per result; the claim view has the rest. */
const MAX_LINES = 3;

export function AnswerGlance(props: { answers: readonly AnswerHit[] }) {
  const { answers } = props;
  if (answers.length === 0) return <span class="kc-glance kc-glance-none">{t('cardNoAnswers')}</span>;
  const lang = uiLanguage();
  const shown = answers.slice(0, MAX_LINES);
  return (
    <span class="kc-glance">
      {shown.map(({ line, who, quote }) => (
        <span key={line.responseId} class={`kc-glance-line kc-kind-${line.kind}`}>
          {tParts('glanceLine', [
            <span class="kc-glance-answer">
              {tParts(answerByKey(line.kind), [
                <bdi class="kc-glance-who">
                  <Marked value={who} />
                </bdi>,
              ])}
            </span>,
            <DateText value={line} lang={lang} style="short" />,
            // The quotation marks are the reader's language's, around the isolated words.
            <span class="kc-glance-quote">
              {tParts('quoteMarks', [
                <bdi>
                  <Marked value={quote} />
                </bdi>,
              ])}
            </span>,
          ])}
          {line.reportedBy ? (
            <>
              {' '}
              {tParts('glanceReportedBy', [<bdi>{line.reportedBy}</bdi>])}
            </>
          ) : null}
        </span>
      ))}
      {answers.length > shown.length ? (
        <span class="kc-glance-more">{t('popupMoreAnswers', formatNumber(answers.length - shown.length))}</span>
      ) : null}
    </span>
  );
}
