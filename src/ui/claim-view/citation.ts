/**
 * A claim, or one answer to it, as a citation the reader can paste: the verbatim words, who said them
 * (name, role, organisation), the outlet, the date and the link. Three forms: plain text, Markdown,
 * and CSL-JSON (what Zotero, Pandoc and citeproc read; Zotero imports it from the clipboard).
 *
 * The claim's statement is the dataset's own summary, never a quote, and the citation says so; only
 * the answers' words go in quotation marks. The frame words are the reader's language; the data is
 * as it stands.
 */
import type { Person, Source } from '@/src/data/schema';
import { t } from '@/src/i18n/t';
import { answerByKey, kindLabelKey } from './answer-words';
import { dateText, type Dated } from './dated';
import { hostBeside } from './host';
import { quotePassages } from '@/src/data/lookup';
import type { ResolvedClaim, ResolvedResponse } from './resolve';
import { datedOf, isExchange } from './timeline';

export type CitationFormat = 'text' | 'markdown' | 'csl';
export const CITATION_FORMATS: readonly CitationFormat[] = ['text', 'markdown', 'csl'];

export type CiteTarget = { type: 'claim' } | { type: 'answer'; responseId: string };

export function citation(resolved: ResolvedClaim, target: CiteTarget, format: CitationFormat, lang: string): string {
  const answer =
    target.type === 'answer' ? resolved.responses.find((r) => r.response.id === target.responseId) : undefined;
  if (target.type === 'answer' && !answer) throw new Error(`No answer ${target.responseId} in claim ${resolved.claim.id}`);
  const w = new Writer(lang, format);
  if (format === 'csl') return JSON.stringify(answer ? [cslItem(answer, w)] : claimCsl(resolved, w), null, 2);
  return answer ? answerCitation(answer, w) : claimCitation(resolved, w);
}

/** Helpers that know the form being written. */
class Writer {
  constructor(
    readonly lang: string,
    readonly format: CitationFormat,
  ) {}

  get md(): boolean {
    return this.format === 'markdown';
  }

  /** Data text: escaped for Markdown, as is for plain text. */
  text(s: string): string {
    return this.md ? s.replace(/([\\`*_[\]<>#|~])/g, '\\$1') : s;
  }

  date(d: Dated): string {
    return dateText(d, this.lang);
  }

  quoted(s: string): string {
    return t('quoteMarks', this.text(s));
  }

  /** The outlet and its link alone, after an answer quoted in full. */
  sourceShort(s: Source): string {
    if (this.md && s.url) return `[${this.text(s.publisher)}](${markdownUrl(s.url)})`;
    return this.text(s.publisher) + (s.url ? `, ${s.url}` : '');
  }

  /** "Daily Times (Pakistan) (dailytimes.com.pk), “Headline”, 2 October 2020. https://…" */
  source(s: Source): string {
    const host = hostBeside(s.publisher, s.url);
    const outlet = this.text(s.publisher) + (host ? ` ${t('cardLinkHost', host)}` : '');
    // A headline rebuilt from the URL is not the page's: it is not cited as one.
    if (s.headlineFromUrl) {
      if (this.md && s.url) return `[${outlet}](${markdownUrl(s.url)}), ${this.date(s)}`;
      return `${outlet}, ${this.date(s)}.${s.url ? ` ${s.url}` : ''}`;
    }
    if (this.md && s.url) return `${outlet}: [${this.text(s.headline)}](${markdownUrl(s.url)}), ${this.date(s)}`;
    return `${outlet}, ${this.quoted(s.headline)}, ${this.date(s)}.${s.url ? ` ${s.url}` : ''}`;
  }
}

function speakerInFull(p: Person): string {
  return [p.name, p.role, p.organisation].filter(Boolean).join(', ');
}

function reportedBy(r: ResolvedResponse): string | undefined {
  return r.response.reported ? r.source?.publisher : undefined;
}

function answerCitation(r: ResolvedResponse, w: Writer): string {
  const { response, source } = r;
  const passages = quotePassages(response.quote);
  const quote = w.md
    ? passages.map((p) => `> ${w.text(p)}`).join('\n>\n')
    : passages.map((p) => t('quoteMarks', p)).join(' … ');
  const outlet = reportedBy(r);
  const by =
    `— ${w.text(speakerInFull(response.speaker))} (${t(kindLabelKey(response.kind))}, ${w.date(datedOf(response))})` +
    (outlet ? `, ${t('citeInTheWordsOf', w.text(outlet))}` : '');
  const lines = [quote, '', by];
  if (source) lines.push(w.source(source));
  return (w.md ? lines : lines.filter((l) => l !== '')).join('\n');
}

function claimCitation(resolved: ResolvedClaim, w: Writer): string {
  const { claim, claimSources, responses } = resolved;
  const bullet = w.md ? '- ' : '• ';
  const heading = (s: string) => (w.md ? `**${s}**` : `${s}:`);
  const claimants = claim.claimants.map(
    (c) => `${w.text(c.name)}${c.organisation ? `, ${w.text(c.organisation)}` : ''} (${w.text(c.role)})`,
  );
  const when = w.date(datedOf(claim)) + (claim.dateNote ? ` (${w.text(claim.dateNote)})` : '');
  // Blocks: a paragraph, or a heading with its list. Markdown needs a blank line between blocks.
  const blocks = [
    `${w.md ? `**${t('citeClaimSummary')}:**` : `${t('citeClaimSummary')}:`} ${w.text(claim.statement)}`,
    `${t('cardClaimedBy')} ${claimants.join('; ')}, ${when}`,
  ];
  const answers = responses.filter((r) => isExchange(r.response));
  if (answers.length > 0) {
    const items = answers.map((r) => {
      const { response, source } = r;
      const words = quotePassages(response.quote).map((p) => w.quoted(p)).join(' … ');
      const outlet = reportedBy(r);
      const inWords = outlet ? `, ${t('citeInTheWordsOf', w.text(outlet))}` : '';
      return `${bullet}${t(answerByKey(response.kind), w.text(speakerInFull(response.speaker)))}, ${w.date(datedOf(response))}: ${words}${inWords}${source ? ` (${w.sourceShort(source)})` : ''}`;
    });
    blocks.push([heading(t('cardAnswers')), ...items].join('\n'));
  }
  if (claimSources.length > 0) {
    blocks.push([heading(t('citeReportedIn')), ...claimSources.map((s) => `${bullet}${w.source(s)}`)].join('\n'));
  }
  return blocks.join(w.md ? '\n\n' : '\n');
}

/** A URL inside Markdown's (...) : parentheses and spaces escaped so the link cannot end early. */
function markdownUrl(url: string): string {
  return url.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  'container-title': string;
  issued: { 'date-parts': number[][] };
  URL?: string;
  note?: string;
}

function cslDate(iso: string): { 'date-parts': number[][] } {
  return { 'date-parts': [iso.split('-').map(Number)] };
}

function cslSource(s: Source, note: string): CslItem {
  return {
    id: s.id,
    type: 'article-newspaper',
    // A headline rebuilt from the URL is not the page's; the outlet's name stands in.
    title: s.headlineFromUrl ? s.publisher : s.headline,
    'container-title': s.publisher,
    issued: cslDate(s.date),
    ...(s.url ? { URL: s.url } : {}),
    note,
  };
}

function answerNote(r: ResolvedResponse, w: Writer): string {
  const { response } = r;
  const words = quotePassages(response.quote).map((p) => t('quoteMarks', p)).join(' … ');
  return `${t(answerByKey(response.kind), speakerInFull(response.speaker))}, ${w.date(datedOf(response))}: ${words}`;
}

function cslItem(r: ResolvedResponse, w: Writer): CslItem {
  const note = answerNote(r, w);
  if (r.source) return cslSource(r.source, note);
  // No source in the dataset: the answer still cites as itself, without an outlet.
  return { id: r.response.id, type: 'article-newspaper', title: note, 'container-title': '', issued: cslDate(r.response.date), note };
}

/** The claim's sources, each with what it carries: the claim (in our summary) and the answers it reported. */
function claimCsl(resolved: ResolvedClaim, w: Writer): CslItem[] {
  const notes = new Map<string, { source: Source; lines: string[] }>();
  const add = (s: Source | undefined, line: string) => {
    if (!s) return;
    const entry = notes.get(s.id) ?? { source: s, lines: [] };
    entry.lines.push(line);
    notes.set(s.id, entry);
  };
  for (const s of resolved.claimSources) add(s, `${t('citeClaimSummary')}: ${resolved.claim.statement}`);
  for (const r of resolved.responses.filter((x) => isExchange(x.response))) add(r.source, answerNote(r, w));
  return [...notes.values()].map(({ source, lines }) => cslSource(source, lines.join('\n')));
}
