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
import type { ComponentChildren } from 'preact';
import type { ClaimResponse, Dataset, Source } from '@/src/data/schema';
import { t, uiLanguage } from '@/src/i18n/t';
import { tParts } from '@/src/i18n/parts';
import { answerByKey, kindLabelKey, speakerLabel } from './answer-words';
import { citation, CITATION_FORMATS, type CiteTarget } from './citation';
import { FORMAT_LABEL, type CiteControls } from './copy';
import { DateText } from './dated';
import { hostBeside } from './host';
import { quotePassages } from '@/src/data/lookup';
import { resolveClaim, type ResolvedClaim } from './resolve';
import { claimTimeline, datedOf, type TimelinePoint } from './timeline';

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

      <section class="kc-answers" aria-label={t('cardAnswers')}>
        <h3>{t('cardAnswers')}</h3>
        {responses.length === 0 ? (
          <p class="kc-none">{t('cardNoAnswers')}</p>
        ) : (
          <ul>
            {responses.map(({ response, source }) => (
              <li key={response.id} class={`kc-response kc-kind-${response.kind}`}>
                <ResponseView response={response} source={source} lang={lang} />
                {copy ? (
                  <CopyButton
                    cite={cite!}
                    copyKey={response.id}
                    label={t('citeCopyAnswerAria', t(answerByKey(response.kind), speakerLabel(response.speaker)))}
                    onClick={() => copy(response.id, { type: 'answer', responseId: response.id })}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <Timeline resolved={resolved} lang={lang} />

      {context.length > 0 ? (
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

function Quote(props: { quote: string | readonly string[]; cite?: string }) {
  return (
    <blockquote class="kc-quote" cite={props.cite}>
      {quotePassages(props.quote).map((p, i) => (
        <p key={i} dir="auto">
          {p}
        </p>
      ))}
    </blockquote>
  );
}

/** A link to a source, in a new tab, without opener or referrer; plain text where there is no URL. */
function SourceLink(props: { url?: string; children: ComponentChildren }) {
  if (!props.url) return <>{props.children}</>;
  return (
    <a href={props.url} target="_blank" rel="noopener noreferrer" class="kc-source-link">
      {props.children}
      <span class="kc-visually-hidden"> {t('cardOpensNewTab')}</span>
    </a>
  );
}

/** The host a source's link really goes to, shown beside the outlet's name. */
function LinkHost(props: { publisher: string; url?: string }) {
  const host = hostBeside(props.publisher, props.url);
  if (!host) return null;
  return (
    <>
      {' '}
      <span class="kc-link-host" dir="ltr">
        {t('cardLinkHost', host)}
      </span>
    </>
  );
}

/**
 * Headline, outlet with its link's host, and date; a link only where the dataset holds a verified URL.
 * A headline rebuilt from the URL is not the page's, so the outlet's name stands in for it.
 */
function SourceLine(props: { source: Source; lang: string }) {
  const { source, lang } = props;
  const publisher = <bdi class="kc-publisher">{source.publisher}</bdi>;
  return (
    <p class="kc-source">
      {source.headlineFromUrl ? (
        <SourceLink url={source.url}>{publisher}</SourceLink>
      ) : (
        <>
          <SourceLink url={source.url}>
            <bdi class="kc-source-headline">{source.headline}</bdi>
          </SourceLink>
          {' — '}
          {publisher}
        </>
      )}
      <LinkHost publisher={source.publisher} url={source.url} />
      {', '}
      <DateText value={source} lang={lang} />
    </p>
  );
}

/** The claim's first report, its answers and later reports or recalls, oldest first. */
function Timeline(props: { resolved: ResolvedClaim; lang: string }) {
  const points = claimTimeline(props.resolved);
  if (points.length < 2) return null;
  return (
    <section class="kc-timeline" aria-label={t('cardTimeline')}>
      <h3>{t('cardTimeline')}</h3>
      <ol>
        {points.map((p, i) => (
          <li key={i} class={`kc-tl-point kc-tl-${p.event.type}`}>
            <DateText value={p.when} lang={props.lang} />
            <span class="kc-tl-event">{eventText(p)}</span>
            {p.source ? (
              <span class="kc-tl-source">
                <SourceLink url={p.source.url}>
                  <bdi>{p.source.publisher}</bdi>
                </SourceLink>
                <LinkHost publisher={p.source.publisher} url={p.source.url} />
              </span>
            ) : null}
            {p.when.dateNote ? (
              <span class="kc-tl-note">
                <bdi>{p.when.dateNote}</bdi>
              </span>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

function eventText(p: TimelinePoint) {
  const e = p.event;
  switch (e.type) {
    case 'first-report':
      return tParts('timelineFirstReport', [<bdi>{e.claimants.map((c) => c.name).join('; ')}</bdi>]);
    case 'answer':
      return tParts(answerByKey(e.response.kind), [<bdi>{speakerLabel(e.response.speaker)}</bdi>]);
    case 'recall':
      return tParts('timelineRecall', [
        <bdi>{p.source?.publisher}</bdi>,
        <>{tParts(answerByKey(e.response.kind), [<bdi>{speakerLabel(e.response.speaker)}</bdi>])}</>,
      ]);
    case 'reported-again':
      return tParts('timelineReportedAgain', [<bdi>{p.source?.publisher}</bdi>]);
  }
}

/** Why the page's sentence matched: its language, whether through the sentences before it, and the words. */
function WhyMatched(props: { terms?: readonly string[]; lang?: string; via?: 'context' }) {
  const terms = props.terms?.filter((w) => w.trim() !== '') ?? [];
  if (terms.length === 0 && !props.via && !props.lang) return null;
  return (
    <section class="kc-why" aria-label={t('cardWhyMatched')}>
      <h3>{t('cardWhyMatched')}</h3>
      {props.lang ? <p class="kc-matched-lang">{t('cardMatchedLanguage', languageName(props.lang))}</p> : null}
      {props.via === 'context' ? <p class="kc-matched-via">{t('cardMatchedViaContext')}</p> : null}
      {terms.length > 0 ? (
        // In the page's order and direction: an Urdu sentence's words run right to left.
        <ul class="kc-terms" aria-label={t('cardMatchedWords')} dir="auto">
          {terms.map((w, i) => (
            <li key={i}>
              <bdi lang={props.lang}>{w}</bdi>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

/** "Russian", "русский", "روسی": the language's name in the reader's language. */
function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage()], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** `label` names what is copied when the visible text does not (an answer's button among several). */
function CopyButton(props: { cite: CiteControls; copyKey: string; text?: string; label?: string; onClick(): void }) {
  const copied = props.cite.status?.ok === true && props.cite.status.key === props.copyKey;
  return (
    <button
      type="button"
      class={copied ? 'kc-copy kc-copied' : 'kc-copy'}
      data-kc-copy={props.copyKey}
      aria-label={props.label}
      onClick={props.onClick}
    >
      {copied ? (
        <>
          <span aria-hidden="true">✓ </span>
          {t('citeCopied')}
        </>
      ) : (
        (props.text ?? t('citeCopy'))
      )}
    </button>
  );
}

/** Copy the claim's citation, and the form every copy takes. */
function CiteSection(props: { cite: CiteControls; onCopyClaim(): void }) {
  const { cite } = props;
  const failed = cite.status && !cite.status.ok ? cite.status : undefined;
  return (
    <section class="kc-cite" aria-label={t('citeHeading')}>
      <h3>{t('citeHeading')}</h3>
      <div class="kc-cite-row">
        <CopyButton cite={cite} copyKey="claim" text={t('citeCopyClaim')} onClick={props.onCopyClaim} />
        <span class="kc-formats" role="group" aria-label={t('citeFormatLabel')}>
          <span class="kc-formats-label" aria-hidden="true">
            {t('citeFormatLabel')}
          </span>
          {CITATION_FORMATS.map((f) => (
            <button
              key={f}
              type="button"
              class="kc-format"
              aria-pressed={cite.format === f}
              onClick={() => cite.onFormat(f)}
            >
              {t(FORMAT_LABEL[f])}
            </button>
          ))}
        </span>
      </div>
      {cite.announcedByHost ? null : (
        <p class="kc-visually-hidden" role="status" aria-live="polite">
          {cite.status?.ok ? cite.status.message : ''}
        </p>
      )}
      {failed ? (
        <p class="kc-cite-error" role="alert">
          {failed.message}
        </p>
      ) : null}
    </section>
  );
}
