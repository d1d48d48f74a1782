/**
 * The dataset as schema.org ClaimReview JSON-LD (`npm run claims:export`; read back by
 * from-claimreview.ts for claim-pack import). The words of each review's rating are rating.ts's.
 *
 * ClaimReview is built for fact-checkers' verdicts; we never give one. Where the format wants a rating,
 * its text says who answered the claim and how ("Pakistan's Foreign Office rejected it: “speculative
 * and baseless”"), with no truth scale (no ratingValue). Everything schema.org has no word for (answer
 * kinds, phrasings, date qualifiers, the dataset's own ids) travels in `kc:` extension properties, so
 * dataset -> JSON-LD -> dataset is lossless.
 *
 * What this follows, and where it stops:
 * - schema.org: ClaimReview (claimReviewed, itemReviewed, reviewRating, author, datePublished, url),
 *   Claim (author, datePublished, appearance as CreativeWork), Rating (alternateName,
 *   ratingExplanation), Quotation, NewsArticle. https://schema.org/ClaimReview, /Claim, /Rating.
 * - Google's "Fact check (ClaimReview) structured data" (developers.google.com/search/docs/
 *   appearance/structured-data/factcheck): required claimReviewed, reviewRating and url;
 *   recommended author (the publisher of the fact check, an Organization or Person), datePublished,
 *   itemReviewed with the claim's author, date and appearances; a numeric rating only with a
 *   documented scale, which we do not give. Its `url` must be the web page hosting the review, on the
 *   domain of the page that carries the markup, and Google's Fact Check Tools API allows only that
 *   page plus an #anchor. Nothing here is published on a web page, so by default `url` is the
 *   review's stable URN (urn:karabakh-context:claim:<id>), a valid URI that JSON-LD processors and
 *   schema.org accept but Google's Search and Fact Check tools will not; whoever publishes the pack
 *   on a page passes its address (`page`), and each `url` becomes that page with #<claim id>. The
 *   outlet's article URL with a fragment would be wrong: the review is not published there. Google
 *   has also announced it is phasing ClaimReview out of Search (the Fact Check Explorer still reads it).
 * - The @context is inline (@vocab https://schema.org/, plus kc:), so no processor fetches anything;
 *   a page that wants Google to read its markup would declare "https://schema.org" instead, which
 *   its parser expects, and could drop the kc: terms.
 * - One @graph and nothing else at the top: the top object holding properties of its own as well
 *   would make the graph a named graph of that node and split reviews from the sources they cite.
 *
 * Reported speech (a quote that is the outlet's sentence, not the speaker's words) is exported as the
 * outlet's Quotation (`creator` the publisher, `about` the speaker) and explained as the outlet's words,
 * never in quotation marks under the speaker's name.
 *
 * Pure: no file system, no browser API, no network (the @context is inline, so no processor needs to
 * fetch one).
 */
import { responsesFor } from '../lookup';
import type { Claim, ClaimResponse, Claimant, ContextFact, Dataset, DateQualifier, Person, Source } from '../schema';
import { ratingExplanation, ratingName } from './rating';
import { CLAIMREVIEW_CONTEXT, urn, type Json } from './vocabulary';

interface ClaimReviewOptions {
  /** The web page the pack is published on; each review's `url` becomes this page with #<claim id>. */
  page?: string;
  /** Who publishes the reviews (their `author`); by default this project. */
  author?: string;
}

const DEFAULT_AUTHOR = 'Karabakh Context';

export function toClaimReview(dataset: Dataset, options: ClaimReviewOptions = {}): Json {
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const author = { '@type': 'Organization', '@id': urn('author', 'publisher'), name: options.author ?? DEFAULT_AUTHOR };
  const reviews = dataset.claims.map((claim) => claimToReview(claim, dataset, sources, author, options));
  const datasetNode = {
    '@type': 'Dataset',
    '@id': urn('dataset', dataset.id),
    identifier: dataset.id,
    name: dataset.title,
    description: 'Claims about the Nagorno-Karabakh conflict, who made them and who answered, in their own words, with their sources.',
    creator: author,
    ...(dataset.published !== undefined && { datePublished: dataset.published }),
    'kc:version': dataset.version,
    hasPart: reviews.map((r) => ({ '@id': r['@id'] })),
  };
  return {
    '@context': CLAIMREVIEW_CONTEXT,
    '@graph': [datasetNode, ...reviews, ...dataset.sources.map(sourceToJson), ...dataset.context.map(contextToJson)],
  };
}

function claimToReview(claim: Claim, dataset: Dataset, sources: Map<string, Source>, author: Json, options: ClaimReviewOptions): Json {
  const positions = new Map(dataset.responses.map((r, i) => [r, i]));
  const responses = responsesFor(dataset, claim.id);
  const id = urn('claim', claim.id);
  return {
    '@type': 'ClaimReview',
    '@id': id,
    identifier: claim.id,
    url: options.page ? `${options.page}#${claim.id}` : id,
    author,
    ...(dataset.published !== undefined && { datePublished: dataset.published }),
    claimReviewed: claim.statement,
    itemReviewed: {
      '@type': 'Claim',
      author: claim.claimants.map(claimantToJson),
      ...dated(claim, 'datePublished'),
      ...(claim.dateNote !== undefined && { 'kc:dateNote': claim.dateNote }),
      appearance: claim.sourceIds.map((sid) => {
        const source = sources.get(sid);
        return source ? sourceToJson(source) : { '@id': urn('source', sid) };
      }),
    },
    reviewRating: {
      '@type': 'Rating',
      alternateName: ratingName(responses),
      ratingExplanation: ratingExplanation(responses, sources),
    },
    keywords: claim.tags,
    'kc:phrasings': claim.phrasings,
    ...(claim.phrasingSources !== undefined && {
      'kc:phrasingSources': claim.phrasingSources.map((p) => ({ text: p.text, isBasedOn: { '@id': urn('source', p.sourceId) } })),
    }),
    // Responses sit under their claim, answers first; `kc:position` keeps the dataset's own order.
    'kc:responses': responses.map((r) => responseToJson(r, positions.get(r) ?? 0, sources.get(r.sourceId))),
  };
}

/** A date the source gives outright is the property itself; a bounded one ("before", "week of") is no such date, so it travels in kc:. */
function dated(x: { date?: string; dateQualifier?: DateQualifier }, property: string): Json {
  if (x.date === undefined) return {};
  return x.dateQualifier === undefined ? { [property]: x.date } : { 'kc:date': x.date, 'kc:dateQualifier': x.dateQualifier };
}
// A person speaks with a role (jobTitle) for an organisation; a body (a ministry, an outlet) speaks as
// itself, with its parent organisation if any. The field's presence decides, so the mapping reverses.
function personToJson(p: Person): Json {
  if (p.role !== undefined) {
    return {
      '@type': 'Person',
      name: p.name,
      jobTitle: p.role,
      ...(p.organisation !== undefined && { affiliation: { '@type': 'Organization', name: p.organisation } }),
    };
  }
  return {
    '@type': 'Organization',
    name: p.name,
    ...(p.organisation !== undefined && { parentOrganization: { '@type': 'Organization', name: p.organisation } }),
  };
}

/** A claimant with a title or an organisation is a person ("Armenian Prime Minister"); otherwise a body or outlet. */
function claimantToJson(c: Claimant): Json {
  return {
    '@type': c.organisation !== undefined || c.title !== undefined ? 'Person' : 'Organization',
    name: c.name,
    ...(c.title !== undefined && { jobTitle: c.title }),
    'kc:role': c.role,
    ...(c.organisation !== undefined && { affiliation: { '@type': 'Organization', name: c.organisation } }),
  };
}

function responseToJson(r: ClaimResponse, position: number, source: Source | undefined): Json {
  const speaker = personToJson(r.speaker);
  return {
    '@type': 'Quotation',
    '@id': urn('response', r.id),
    identifier: r.id,
    'kc:kind': r.kind,
    // Reported speech is the outlet's sentence: its creator is the outlet, and the speaker what it is about.
    ...(r.reported === true
      ? { creator: { '@type': 'Organization', name: source?.publisher ?? 'unknown outlet' }, about: speaker }
      : { creator: speaker }),
    ...(r.reported !== undefined && { 'kc:reported': r.reported }),
    text: r.quote,
    ...(r.summary !== undefined && { description: r.summary }),
    ...dated(r, 'dateCreated'),
    ...(r.dateNote !== undefined && { 'kc:dateNote': r.dateNote }),
    isBasedOn: { '@id': urn('source', r.sourceId) },
    'kc:position': position,
  };
}

/** A headline rebuilt from the URL is not the page's headline, so it is no `headline` here either. */
function sourceToJson(s: Source): Json {
  return {
    '@type': 'NewsArticle',
    '@id': urn('source', s.id),
    identifier: s.id,
    ...(s.headlineFromUrl === true ? { 'kc:headlineFromUrl': s.headline } : { headline: s.headline }),
    ...(s.headlineFromUrl === false && { 'kc:headlineFromPage': true }),
    publisher: { '@type': 'Organization', name: s.publisher },
    datePublished: s.date,
    ...(s.url !== undefined && { url: s.url }),
    ...(s.document !== undefined && { 'kc:document': s.document }),
  };
}

function contextToJson(c: ContextFact): Json {
  return {
    '@type': 'Quotation',
    '@id': urn('context', c.id),
    identifier: c.id,
    name: c.title,
    text: c.quote,
    isBasedOn: { '@id': urn('source', c.sourceId) },
    ...dated(c, 'dateCreated'),
    ...(c.dateNote !== undefined && { 'kc:dateNote': c.dateNote }),
    keywords: c.tags,
    about: c.claimIds.map((id) => ({ '@id': urn('claim', id) })),
  };
}
