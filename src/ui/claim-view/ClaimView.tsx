/**
 * One claim as the reader sees it: the claim in the dataset's neutral words, who carried it, every
 * answer in the speaker's own words, the claim's timeline, and where each was reported. Used by the
 * in-page card and by the toolbar popup, so both say exactly the same thing.
 *
 * Attribute, never adjudicate: nothing here labels a claim true or false; the answers speak.
 *
 * Direction: the view's own words follow the reader's language (the container's `dir`); every text
 * from the dataset or the page is isolated (<bdi>, dir="auto"), so an English quote in an Arabic card,
 * or an Urdu sentence's words in an English one, keep their own direction and do not reorder the
 * punctuation around them.
 *
 * Stateless: what a copy did comes in through `cite`, so the host decides how the view re-renders.
 */
import type { Dataset } from '@/src/data/schema';
import { t, uiLanguage } from '@/src/i18n/t';
import { Answers } from './answers';
import { citation, type CiteTarget } from './citation';
import { CiteSection } from './cite-buttons';
import type { CiteControls } from './copy';
import { DateText } from './dated';
import { resolveClaim, type ResolvedClaim } from './resolve';
import { Quote, SourceLine } from './sourced';
import { datedOf } from './timeline';
import { Timeline } from './timeline-view';
import { WhyMatched } from './why-matched';

export interface ClaimViewProps {
  claimId: string;
  /** The active datasets (bundled first, then imported packs). */
  datasets: readonly Dataset[];
  /** The words that made a page sentence match ("why this matched"); omitted outside a page. */
  matchTerms?: readonly string[];
  /** The language the page sentence matched in (BCP 47), when the matcher could tell. */
  matchLang?: string;
  /** 'context': the sentence matched through the sentences before it on the page. */
  matchVia?: 'context';
  /** id for the statement heading, so a dialog can point aria-labelledby at it. */
  headingId?: string;
  /** Shows the details button when given (the card: "Open in the toolbar popup"). */
  onOpenDetails?: (claimId: string) => void;
  /** Copy-citation buttons, when the host can write to the clipboard. */
  cite?: CiteControls;
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
  const cite = props.cite;
  const copy = cite
    ? (key: string, target: CiteTarget) => cite.onCopy(key, citation(resolved, target, cite.format, lang))
    : undefined;
  return (
    <article class="kc-claim-view">
      <p class="kc-eyebrow">{t('cardClaimLabel')}</p>
      <h2 class="kc-statement" id={props.headingId} dir="auto">
        {claim.statement}
      </h2>
      <ClaimedBy claim={claim} lang={lang} />
      <Answers
        responses={responses}
        lang={lang}
        cite={cite}
        onCopy={copy ? (responseId) => copy(responseId, { type: 'answer', responseId }) : undefined}
      />
      <Timeline resolved={resolved} lang={lang} />
      <ContextFacts context={context} lang={lang} />

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

      <WhyMatched terms={props.matchTerms} lang={props.matchLang} via={props.matchVia} />

      {cite && copy ? <CiteSection cite={cite} onCopyClaim={() => copy('claim', { type: 'claim' })} /> : null}

      {props.onOpenDetails ? (
        <p class="kc-actions">
          <button type="button" class="kc-details" onClick={() => props.onOpenDetails?.(claim.id)}>
            {t('cardOpenInPopup')}
          </button>
        </p>
      ) : null}
    </article>
  );
}

/** Who carried the claim, in the source's words for them, and when. */
function ClaimedBy(props: { claim: ResolvedClaim['claim']; lang: string }) {
  const { claim, lang } = props;
  return (
    <p class="kc-claimed-by">
      {t('cardClaimedBy')}{' '}
      {claim.claimants.map((c, i) => (
        <span key={i}>
          {i > 0 ? '; ' : ''}
          <bdi>
            <strong>{c.name}</strong>
            {c.title ? `, ${c.title}` : ''}
            {c.organisation ? `, ${c.organisation}` : ''}
          </bdi>{' '}
          (<bdi>{c.role}</bdi>)
        </span>
      ))}
      {' · '}
      <DateText value={datedOf(claim)} lang={lang} withNote />
    </p>
  );
}

/** Background facts, each quoted from its source; nothing when the claim has none. */
function ContextFacts(props: { context: ResolvedClaim['context']; lang: string }) {
  const { context, lang } = props;
  if (context.length === 0) return null;
  return (
    <section class="kc-context" aria-label={t('cardContext')}>
      <h3>{t('cardContext')}</h3>
      <ul>
        {context.map(({ fact, source }) => (
          <li key={fact.id}>
            <p class="kc-context-title" dir="auto">
              {fact.title}
            </p>
            <Quote quote={fact.quote} cite={source?.url} />
            {source ? <SourceLine source={source} lang={lang} /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
