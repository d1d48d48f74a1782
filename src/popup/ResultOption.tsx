/**
 * One search result, an option of the search box's listbox: the claim's statement and its answers at a
 * glance, with the searched words marked, then where else the query was found.
 */
import type { ClaimResult, DocKind } from '@/src/search';
import { t, type MessageKey } from '@/src/i18n/t';
import { tParts } from '@/src/i18n/parts';
import { AnswerGlance } from './AnswerGlance';
import { Marked } from './Marked';

const HIT_KIND_KEY: Readonly<Record<DocKind, MessageKey>> = {
  statement: 'popupHit_statement',
  phrasing: 'popupHit_phrasing',
  tag: 'popupHit_tag',
  person: 'popupHit_person',
  organisation: 'popupHit_organisation',
  role: 'popupHit_role',
  quote: 'popupHit_quote',
  summary: 'popupHit_summary',
  outlet: 'popupHit_outlet',
  headline: 'popupHit_headline',
  context: 'popupHit_context',
};

interface ResultOptionProps {
  id: string;
  result: ClaimResult;
  active: boolean;
  onActive(): void;
  onOpen(): void;
}

export function ResultOption(props: ResultOptionProps) {
  const c = props.result;
  return (
    <li
      id={props.id}
      role="option"
      aria-selected={props.active}
      class={props.active ? 'kc-result kc-active' : 'kc-result'}
      onMouseDown={(e) => e.preventDefault()}
      onMouseMove={props.onActive}
      onClick={props.onOpen}
    >
      <span class="kc-result-statement" dir="auto">
        <Marked value={c.statement} />
      </span>
      <AnswerGlance answers={c.answers} />
      {hitsBeyondAnswers(c).map((h, k) => (
        <span key={k} class="kc-result-hit">
          <span class="kc-hit-kind">
            {t(HIT_KIND_KEY[h.kind])}
            {h.by ? (
              <>
                {' · '}
                <bdi>{h.by}</bdi>
              </>
            ) : null}
            :
          </span>{' '}
          {/* A phrasing shown here is an outlet's own words (only those are shown), so it is quoted as theirs. */}
          {h.kind === 'phrasing' ? (
            tParts('quoteMarks', [
              <bdi>
                <Marked value={h} max={110} />
              </bdi>,
            ])
          ) : (
            <bdi>
              <Marked value={h} max={110} />
            </bdi>
          )}
        </span>
      ))}
    </li>
  );
}

/** Where else the query was found; words the answer lines already show are not repeated. */
function hitsBeyondAnswers(c: ClaimResult): ClaimResult['hits'] {
  const shown = c.answers.flatMap((a) => [a.who.text, a.quote.text]);
  return c.hits.filter((h) => !shown.some((text) => text.includes(h.text)));
}
