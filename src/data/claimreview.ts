/**
 * The dataset as schema.org ClaimReview JSON-LD, and back (for claim-pack import).
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
import { responsesFor } from './lookup';
import type { Claim, ClaimResponse, Claimant, ContextFact, Dataset, DateQualifier, Person, ResponseKind, Source } from './schema';
import { validateDataset, type ValidateOptions, type ValidationResult } from './validate';

const KC_NAMESPACE = 'urn:karabakh-context:';

const CLAIMREVIEW_CONTEXT = {
  '@vocab': 'https://schema.org/',
  kc: KC_NAMESPACE,
  // As schema.org's own context has it: a url is a link (an IRI), not a string.
  url: { '@type': '@id' },
} as const;

type Json = Record<string, unknown>;

interface ClaimReviewOptions {
  /** The web page the pack is published on; each review's `url` becomes this page with #<claim id>. */
  page?: string;
  /** Who publishes the reviews (their `author`); by default this project. */
  author?: string;
}

const DEFAULT_AUTHOR = 'Karabakh Context';

const urn = (kind: string, id: string) => `${KC_NAMESPACE}${kind}:${id}`;

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

const ANSWERED: Record<ResponseKind, (who: string) => string> = {
  denial: (who) => `${who} denied it`,
  rejection: (who) => `${who} rejected it`,
  rebuttal: (who) => `${who} disputed it`,
  confirmation: (who) => `${who} confirmed it`,
  'call-to-halt': (who) => `${who} called for a halt`,
  accusation: (who) => `Accusation by ${who}`,
  statement: (who) => `Statement by ${who}`,
  context: (who) => `Context from ${who}`,
};

/** Short enough to stand in a rating's name; longer words are in the explanation. */
const SHORT_QUOTE = 60;

/**
 * "Pakistan's Foreign Office rejected it: “speculative and baseless”; Context from Ilham Aliyev": who
 * answered and how, in the speaker's own words where the source quotes them, never a verdict of ours.
 */
export function ratingName(responses: readonly ClaimResponse[]): string {
  if (responses.length === 0) return 'No response recorded; see context';
  const parts = new Map<string, string>();
  for (const r of responses) {
    const base = ANSWERED[r.kind](whoAnswered(r.speaker));
    const first = r.reported ? undefined : passages(r.quote)[0];
    const named = first !== undefined && first.length <= SHORT_QUOTE ? `${base}: “${first}”` : base;
    // One part per speaker and kind: the first that quotes them, if any does.
    if (!parts.has(base) || (!parts.get(base)!.includes('“') && named !== base)) parts.set(base, named);
  }
  return [...parts.values()].join('; ');
}

function ratingExplanation(responses: readonly ClaimResponse[], sources: Map<string, Source>): string {
  if (responses.length === 0) return 'No response to this claim is recorded in the sources; the context facts give background.';
  return responses
    .map((r) => {
      const when = dateText(r);
      if (!r.reported) return `${speakerLabel(r.speaker)} (${when}): ${passages(r.quote).map((q) => `“${q}”`).join(' … ')}`;
      // The passage is the outlet's sentence, often with the speaker's words quoted inside it: it
      // follows the outlet's name, in no quotation marks of ours, so nothing reads as the speaker's own.
      const outlet = sources.get(r.sourceId)?.publisher ?? 'The source';
      return `${outlet}, reporting what ${speakerLabel(r.speaker)} said (${when}), in its own words: ${passages(r.quote).join(' … ')}`;
    })
    .join('\n');
}

function dateText(x: { date: string; dateQualifier?: DateQualifier }): string {
  const q = x.dateQualifier;
  return q === undefined ? x.date : `${q === 'week-of' ? 'week of' : q === 'approx' ? 'about' : 'before'} ${x.date}`;
}

function passages(quote: string | readonly string[]): readonly string[] {
  return typeof quote === 'string' ? [quote] : quote;
}

/** A spokesperson speaks for their office ("Pakistan's Foreign Office"); anyone else for themselves. */
function whoAnswered(p: Person): string {
  return p.organisation && p.role && /spokes/i.test(p.role) ? p.organisation : p.name;
}

function speakerLabel(p: Person): string {
  if (p.role && p.organisation) return `${p.name} (${p.role}, ${p.organisation})`;
  if (p.role) return `${p.name} (${p.role})`;
  return p.name;
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

/** True when `json` looks like ClaimReview JSON-LD rather than a plain dataset file. */
export function isClaimReviewJson(json: unknown): boolean {
  if (Array.isArray(json)) return json.some((x) => isObject(x) && x['@type'] === 'ClaimReview');
  return isObject(json) && ('@graph' in json || json['@type'] === 'ClaimReview');
}

/**
 * Reads ClaimReview JSON-LD (ours, or a plain array/graph of ClaimReview objects) back into a dataset
 * and validates it with exactly the rules of `validateDataset`. Nothing is guessed: a missing field
 * stays missing and the validator names it. Error paths refer to the dataset the JSON-LD maps to.
 */
export function fromClaimReview(json: unknown, file: string, opts: ValidateOptions = {}): ValidationResult {
  return validateDataset(claimReviewToDatasetJson(json), file, opts);
}

/**
 * The reshaping half of `fromClaimReview`, unvalidated (its output is `unknown` on purpose). Reads the
 * one-graph export and, for files written before it, the older shape (sources and context as
 * properties of the top object).
 */
export function claimReviewToDatasetJson(json: unknown): unknown {
  const root: Json = Array.isArray(json) ? { '@graph': json } : isObject(json) ? json : {};
  const graph = asArray(root['@graph'] ?? (root['@type'] === 'ClaimReview' ? [root] : [])).filter(isObject);
  const ofType = (type: string) => graph.filter((x) => x['@type'] === type);
  const reviews = ofType('ClaimReview');
  const head = ofType('Dataset')[0] ?? root;

  const claims = reviews.map(reviewToClaim);
  const positioned = reviews.flatMap((review) =>
    asArray(review['kc:responses'])
      .filter(isObject)
      .map((r) => ({ position: r['kc:position'], response: jsonToResponse(r, idOf(review, 'claim')) })),
  );
  // Restore the dataset's order where positions are given; otherwise keep document order.
  positioned.sort((a, b) => numberOr(a.position, Infinity) - numberOr(b.position, Infinity));

  return withoutUndefined({
    version: head['kc:version'] ?? 1,
    id: head.identifier ?? 'imported-claimreview',
    title: head.name ?? 'Imported ClaimReview pack',
    published: head.datePublished,
    claims,
    responses: positioned.map((p) => p.response),
    sources: asArray(root['kc:sources'] ?? ofType('NewsArticle')).filter(isObject).map(jsonToSource),
    context: asArray(root['kc:context'] ?? ofType('Quotation')).filter(isObject).map(jsonToContext),
  });
}

function reviewToClaim(review: Json): Json {
  const item = isObject(review.itemReviewed) ? review.itemReviewed : {};
  return withoutUndefined({
    id: idOf(review, 'claim'),
    statement: review.claimReviewed,
    claimants: asArray(item.author).filter(isObject).map(jsonToClaimant),
    date: item.datePublished ?? item['kc:date'],
    dateQualifier: item['kc:dateQualifier'],
    dateNote: item['kc:dateNote'],
    sourceIds: asArray(item.appearance).filter(isObject).map((a) => idOf(a, 'source')),
    phrasings: review['kc:phrasings'] ?? [],
    phrasingSources:
      review['kc:phrasingSources'] === undefined
        ? undefined
        : asArray(review['kc:phrasingSources'])
            .filter(isObject)
            .map((p) => ({ text: p.text, sourceId: refId(p.isBasedOn, 'source') })),
    tags: keywordsOf(review.keywords),
  });
}

function jsonToClaimant(a: Json): Json {
  return withoutUndefined({ name: a.name, role: a['kc:role'], title: a.jobTitle, organisation: nameOf(a.affiliation) });
}

function jsonToPerson(p: unknown): Json {
  const o = isObject(p) ? p : {};
  return withoutUndefined({
    name: o.name,
    role: o.jobTitle,
    organisation: nameOf(o.affiliation) ?? nameOf(o.parentOrganization),
  });
}

function jsonToResponse(r: Json, claimId: unknown): Json {
  return withoutUndefined({
    id: idOf(r, 'response'),
    claimId,
    kind: r['kc:kind'],
    speaker: jsonToPerson(r['kc:reported'] === true ? r.about : r.creator),
    quote: r.text,
    reported: r['kc:reported'],
    summary: r.description,
    date: r.dateCreated ?? r['kc:date'],
    dateQualifier: r['kc:dateQualifier'],
    dateNote: r['kc:dateNote'],
    sourceId: refId(r.isBasedOn, 'source'),
  });
}

function jsonToSource(s: Json): Json {
  const fromUrl = s['kc:headlineFromUrl'];
  return withoutUndefined({
    id: idOf(s, 'source'),
    publisher: nameOf(s.publisher),
    headline: s.headline ?? fromUrl,
    headlineFromUrl: fromUrl !== undefined ? true : s['kc:headlineFromPage'] === true ? false : undefined,
    date: s.datePublished,
    url: s.url,
    document: s['kc:document'],
  });
}

function jsonToContext(c: Json): Json {
  return withoutUndefined({
    id: idOf(c, 'context'),
    claimIds: asArray(c.about).map((a) => refId(a, 'claim')),
    title: c.name,
    quote: c.text,
    sourceId: refId(c.isBasedOn, 'source'),
    date: c.dateCreated ?? c['kc:date'],
    dateQualifier: c['kc:dateQualifier'],
    dateNote: c['kc:dateNote'],
    tags: keywordsOf(c.keywords),
  });
}

/** Our ids: `identifier`, else the tail of a `urn:karabakh-context:<kind>:` @id; otherwise undefined. */
function idOf(node: Json, kind: string): unknown {
  return node.identifier ?? refId(node, kind);
}

function refId(ref: unknown, kind: string): unknown {
  if (typeof ref === 'string') return stripUrn(ref, kind);
  if (!isObject(ref)) return undefined;
  if (typeof ref['@id'] === 'string') return stripUrn(ref['@id'], kind);
  return ref.identifier;
}

function stripUrn(id: string, kind: string): string {
  const prefix = urn(kind, '');
  return id.startsWith(prefix) ? id.slice(prefix.length) : id;
}

/** schema.org allows keywords as a list or as one comma-separated string. */
function keywordsOf(x: unknown): unknown {
  if (typeof x === 'string') return x.split(',').map((k) => k.trim()).filter(Boolean);
  return x ?? [];
}

function nameOf(x: unknown): unknown {
  if (typeof x === 'string') return x;
  return isObject(x) ? x.name : undefined;
}

function isObject(x: unknown): x is Json {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function asArray(x: unknown): unknown[] {
  if (x === undefined || x === null) return [];
  return Array.isArray(x) ? x : [x];
}

function numberOr(x: unknown, fallback: number): number {
  return typeof x === 'number' && Number.isFinite(x) ? x : fallback;
}

function withoutUndefined(o: Json): Json {
  return Object.fromEntries(Object.entries(o).filter(([, value]) => value !== undefined));
}
