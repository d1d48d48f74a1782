/**
 * One claim as the reader sees it: the claim in the dataset's neutral words, who carried it, every
 * answer in the speaker's own words, and where each was reported. Used by the in-page card and by
 * the toolbar popup, so both say exactly the same thing.
 *
 * Attribute, never adjudicate: nothing here labels a claim true or false; the answers speak.
 */
import type { ClaimResponse, DateQualifier, ResponseKind, Source } from '@/src/data/schema';
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

const QUALIFIER_LABEL: Readonly<Record<DateQualifier, MessageKey>> = {
  before: 'cardDateBefore',
  'week-of': 'cardDateWeekOf',
  approx: 'cardDateApprox',
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
            {c.title ? `, ${c.title}` : ''}
            {c.organisation ? `, ${c.organisation}` : ''} ({c.role})
          </span>
        ))}
        {' · '}
        <DateOf dated={claim} lang={lang} />
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
        <DateOf dated={response} lang={lang} />
      </p>
      {/* The outlet's sentence about what was said: shown as the outlet's, never as the speaker's words. */}
      {response.reported && source ? <p class="kc-reported">{t('cardReportedBy', source.publisher)}</p> : null}
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

/**
 * A date at the precision the source gives, with what bounds it ("before 17 October 2020", "week of
 * 28 September 2020") and the source's own note. A bounded date is no machine-readable <time>.
 */
function DateOf(props: { dated: { date: string; dateQualifier?: DateQualifier; dateNote?: string }; lang: string }) {
  const { date, dateQualifier, dateNote } = props.dated;
  const shown = formatIsoDate(date, props.lang);
  return (
    <>
      {dateQualifier ? <span class="kc-date">{t(QUALIFIER_LABEL[dateQualifier], shown)}</span> : <time dateTime={date}>{shown}</time>}
      {dateNote ? <span class="kc-date-note"> ({dateNote})</span> : null}
    </>
  );
}

/**
 * Headline, publisher and date; a link only where the dataset holds a verified URL. A headline rebuilt
 * from the URL is not the page's, so the publisher stands in for it.
 */
function SourceLine(props: { source: Source; lang: string }) {
  const { source, lang } = props;
  const headline = source.headlineFromUrl ? undefined : source.headline;
  const publisher = <span class="kc-publisher">{source.publisher}</span>;
  return (
    <p class="kc-source">
      {source.url ? (
        <a href={source.url} target="_blank" rel="noopener noreferrer" class="kc-source-link">
          {headline ?? publisher}
          <span class="kc-visually-hidden"> {t('cardOpensNewTab')}</span>
        </a>
      ) : headline ? (
        <span class="kc-source-headline">{headline}</span>
      ) : null}
      {headline ? <>{' — '}{publisher}</> : source.url ? null : publisher}
      {', '}
      <time dateTime={source.date}>{formatIsoDate(source.date, lang)}</time>
    </p>
  );
}
