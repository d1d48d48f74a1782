/**
 * One claim as the reader sees it: the claim in the dataset's neutral words, who carried it, every
 * answer in the speaker's own words, and where each was reported. Used by the in-page card and by
 * the toolbar popup, so both say exactly the same thing.
 *
 * Attribute, never adjudicate: nothing here labels a claim true or false; the answers speak.
 */
import type { ClaimResponse, ResponseKind, Source } from '@/src/data/schema';
import type { Dataset } from '@/src/data/schema';
import { formatIsoDate } from './format-date';
import { quotePassages, resolveClaim } from './resolve';
import { t, uiLanguage, type MessageKey } from '@/src/i18n/t';

/** The label of each kind of answer; typed, so a kind added to the schema without a label fails tsc. */
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

export interface ClaimViewProps {
  claimId: string;
  /** The active datasets (bundled first, then imported packs). */
  datasets: readonly Dataset[];
  /** The words that made a page sentence match ("why this matched"); omitted outside a page. */
  matchTerms?: readonly string[];
  /** Fewer details: no background context, for small surfaces. */
  compact?: boolean;
  /** id for the statement heading, so a dialog can point aria-labelledby at it. */
  headingId?: string;
  /** Shows the details button when given (the card: "Open in the toolbar popup"). */
  onOpenDetails?: (claimId: string) => void;
  /** Label of the details button; defaults to the card's "Open in the toolbar popup". */
  detailsLabel?: string;
}

export function ClaimView(props: ClaimViewProps) {
  const resolved = resolveClaim(props.datasets, props.claimId);
  if (!resolved) {
    return (
      <article class="kc-claim-view">
        <p role="status">{t('cardClaimMissing')}</p>
      </article>
    );
  }
  const { claim, claimSources, responses, context } = resolved;
  const lang = uiLanguage();
  const terms = props.matchTerms?.filter((w) => w.trim() !== '') ?? [];
  return (
    <article class={props.compact ? 'kc-claim-view kc-compact' : 'kc-claim-view'}>
      <p class="kc-eyebrow">{t('cardClaimLabel')}</p>
      <h2 class="kc-statement" id={props.headingId}>
        {claim.statement}
      </h2>
      <p class="kc-claimed-by">
        {t('cardClaimedBy')}{' '}
        {claim.claimants.map((c, i) => (
          <span key={i}>
            {i > 0 ? '; ' : ''}
            <strong>{c.name}</strong>
            {c.organisation ? `, ${c.organisation}` : ''} ({c.role})
          </span>
        ))}
        {' · '}
        <time dateTime={claim.date}>{formatIsoDate(claim.date, lang)}</time>
        {claim.dateNote ? <span class="kc-date-note"> ({claim.dateNote})</span> : null}
      </p>

      <section class="kc-answers" aria-label={t('cardAnswers')}>
        <h3>{t('cardAnswers')}</h3>
        {responses.length === 0 ? (
          <p class="kc-none">{t('cardNoAnswers')}</p>
        ) : (
          <ul>
            {responses.map(({ response, source }) => (
              <li key={response.id} class={`kc-response kc-kind-${response.kind}`}>
                <ResponseView response={response} source={source} lang={lang} />
              </li>
            ))}
          </ul>
        )}
      </section>

      {!props.compact && context.length > 0 ? (
        <section class="kc-context" aria-label={t('cardContext')}>
          <h3>{t('cardContext')}</h3>
          <ul>
            {context.map(({ fact, source }) => (
              <li key={fact.id}>
                <p class="kc-context-title">{fact.title}</p>
                <blockquote cite={source?.url}>
                  {quotePassages(fact.quote).map((p, i) => (
                    <p key={i}>{p}</p>
                  ))}
                </blockquote>
                {source ? <SourceLine source={source} lang={lang} /> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {claimSources.length > 0 ? (
        <section class="kc-sources" aria-label={t('cardSources')}>
          <h3>{t('cardSources')}</h3>
          <ul>
            {claimSources.map((s) => (
              <li key={s.id}>
                <SourceLine source={s} lang={lang} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {terms.length > 0 ? (
        <section class="kc-why" aria-label={t('cardWhyMatched')}>
          <h3>{t('cardWhyMatched')}</h3>
          <ul class="kc-terms">
            {terms.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </section>
      ) : null}

      {props.onOpenDetails ? (
        <p class="kc-actions">
          <button type="button" class="kc-details" onClick={() => props.onOpenDetails?.(claim.id)}>
            {props.detailsLabel ?? t('cardOpenInPopup')}
          </button>
        </p>
      ) : null}
    </article>
  );
}

function ResponseView(props: { response: ClaimResponse; source?: Source; lang: string }) {
  const { response, source, lang } = props;
  const who = [response.speaker.role, response.speaker.organisation].filter(Boolean).join(', ');
  return (
    <>
      <p class="kc-speaker">
        <span class="kc-kind">{t(KIND_LABEL[response.kind])}</span>{' '}
        <strong class="kc-speaker-name">{response.speaker.name}</strong>
        {who ? <span class="kc-role">, {who}</span> : null}
        {' · '}
        <time dateTime={response.date}>{formatIsoDate(response.date, lang)}</time>
      </p>
      <blockquote class="kc-quote" cite={source?.url}>
        {quotePassages(response.quote).map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </blockquote>
      {response.summary ? <p class="kc-summary">{response.summary}</p> : null}
      {source ? <SourceLine source={source} lang={lang} /> : null}
    </>
  );
}

/** Publisher, headline and date; a link only where the dataset holds a verified URL. */
export function SourceLine(props: { source: Source; lang: string }) {
  const { source, lang } = props;
  return (
    <p class="kc-source">
      {source.url ? (
        <a href={source.url} target="_blank" rel="noopener noreferrer" class="kc-source-link">
          {source.headline}
          <span class="kc-visually-hidden"> {t('cardOpensNewTab')}</span>
        </a>
      ) : (
        <span class="kc-source-headline">{source.headline}</span>
      )}
      {' — '}
      <span class="kc-publisher">{source.publisher}</span>
      {', '}
      <time dateTime={source.date}>{formatIsoDate(source.date, lang)}</time>
    </p>
  );
}
