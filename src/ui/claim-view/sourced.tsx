/**
 * A quoted passage and where it was reported, as every part of the claim view shows them: the
 * passages as the dataset holds them, each in its own direction; the outlet with the host its link
 * really goes to (a publisher's name is no proof of where a link leads); links that open a new tab
 * and tell no page who sent the reader.
 */
import type { ComponentChildren } from 'preact';
import { quotePassages } from '@/src/data/lookup';
import type { Source } from '@/src/data/schema';
import { t } from '@/src/i18n/t';
import { DateText } from './dated';
import { hostBeside } from './host';

export function Quote(props: { quote: string | readonly string[]; cite?: string }) {
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
export function SourceLink(props: { url?: string; children: ComponentChildren }) {
  if (!props.url) return <>{props.children}</>;
  return (
    <a href={props.url} target="_blank" rel="noopener noreferrer" class="kc-source-link">
      {props.children}
      <span class="kc-visually-hidden"> {t('cardOpensNewTab')}</span>
    </a>
  );
}

/** The host a source's link really goes to, shown beside the outlet's name. */
export function LinkHost(props: { publisher: string; url?: string }) {
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
export function SourceLine(props: { source: Source; lang: string }) {
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
