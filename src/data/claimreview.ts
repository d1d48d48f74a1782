/**
 * The dataset as schema.org ClaimReview-style JSON-LD, and back (for claim-pack import).
 *
 * ClaimReview is built for fact-checkers' verdicts; we never give one. Where the format wants a rating,
 * its text says who answered the claim and how ("Denied by Pakistan's Foreign Office"), nothing more.
 * Everything schema.org has no word for (quotes with their speakers, phrasings, context facts, the
 * dataset's own ids) travels in `kc:` extension properties, so dataset -> JSON-LD -> dataset is lossless.
 *
 * Pure: no file system, no browser API, no network (the @context is inline, so no processor needs to
 * fetch one).
 */
import type { Claim, ClaimResponse, Claimant, ContextFact, Dataset, Person, ResponseKind, Source } from './schema';
import { validateDataset, type ValidateOptions, type ValidationResult } from './validate';

export const KC_NAMESPACE = 'urn:karabakh-context:';

export const CLAIMREVIEW_CONTEXT = {
  '@vocab': 'https://schema.org/',
  kc: KC_NAMESPACE,
} as const;

type Json = Record<string, unknown>;

const RATING_VERB: Record<ResponseKind, string> = {
  denial: 'Denied by',
  rejection: 'Rejected by',
  rebuttal: 'Disputed by',
  confirmation: 'Confirmed by',
  'call-to-halt': 'Call to halt from',
  accusation: 'Accusation from',
  statement: 'Statement from',
  context: 'Context from',
};

const urn = (kind: string, id: string) => `${KC_NAMESPACE}${kind}:${id}`;

export function toClaimReview(dataset: Dataset): Json {
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const reviews = dataset.claims.map((claim) => claimToReview(claim, dataset, sources));
  return {
    '@context': CLAIMREVIEW_CONTEXT,
    '@id': urn('dataset', dataset.id),
    '@type': 'kc:ClaimPack',
    identifier: dataset.id,
    name: dataset.title,
    ...(dataset.published !== undefined && { datePublished: dataset.published }),
    'kc:version': dataset.version,
    '@graph': reviews,
    'kc:sources': dataset.sources.map(sourceToJson),
    'kc:context': dataset.context.map(contextToJson),
  };
}

function claimToReview(claim: Claim, dataset: Dataset, sources: Map<string, Source>): Json {
  const responses = dataset.responses
    .map((response, index) => ({ response, index }))
    .filter(({ response }) => response.claimId === claim.id);
  return {
    '@type': 'ClaimReview',
    '@id': urn('claim', claim.id),
    identifier: claim.id,
    claimReviewed: claim.statement,
    itemReviewed: {
      '@type': 'Claim',
      author: claim.claimants.map(claimantToJson),
      datePublished: claim.date,
      ...(claim.dateQualifier !== undefined && { 'kc:dateQualifier': claim.dateQualifier }),
      ...(claim.dateNote !== undefined && { 'kc:dateNote': claim.dateNote }),
      appearance: claim.sourceIds.map((id) => {
        const source = sources.get(id);
        return {
          '@id': urn('source', id),
          ...(source?.url !== undefined && { url: source.url }),
          ...(source && { headline: source.headline }),
        };
      }),
    },
    reviewRating: {
      '@type': 'Rating',
      alternateName: ratingName(responses.map((r) => r.response)),
      ratingExplanation: ratingExplanation(responses.map((r) => r.response)),
    },
    keywords: claim.tags,
    'kc:phrasings': claim.phrasings,
    ...(claim.phrasingSources !== undefined && { 'kc:phrasingSources': claim.phrasingSources.map((p) => ({ text: p.text, isBasedOn: { '@id': urn('source', p.sourceId) } })) }),
    'kc:responses': responses.map(({ response, index }) => responseToJson(response, index)),
  };
}

/** "Denied by Pakistan's Foreign Office; Rejected by ..." — who answered, never what we think. */
export function ratingName(responses: readonly ClaimResponse[]): string {
  if (responses.length === 0) return 'No response recorded; see context';
  const parts = responses.map((r) => `${RATING_VERB[r.kind]} ${whoAnswered(r.speaker)}`);
  return [...new Set(parts)].join('; ');
}

function ratingExplanation(responses: readonly ClaimResponse[]): string {
  if (responses.length === 0) return 'No response to this claim is recorded in the sources; the context facts give background.';
  return responses
    .map((r) => {
      const quote = typeof r.quote === 'string' ? [r.quote] : r.quote;
      return `${speakerLabel(r.speaker)} (${r.date}): ${quote.map((q) => `“${q}”`).join(' … ')}`;
    })
    .join('\n');
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

function claimantToJson(c: Claimant): Json {
  return {
    '@type': c.organisation !== undefined || c.title !== undefined ? 'Person' : 'Organization',
    name: c.name,
    ...(c.title !== undefined && { jobTitle: c.title }),
    'kc:role': c.role,
    ...(c.organisation !== undefined && { affiliation: { '@type': 'Organization', name: c.organisation } }),
  };
}

function responseToJson(r: ClaimResponse, index: number): Json {
  return {
    '@type': 'Quotation',
    '@id': urn('response', r.id),
    identifier: r.id,
    'kc:kind': r.kind,
    creator: personToJson(r.speaker),
    text: r.quote,
    ...(r.reported !== undefined && { 'kc:reported': r.reported }),
    ...(r.summary !== undefined && { description: r.summary }),
    dateCreated: r.date,
    ...(r.dateQualifier !== undefined && { 'kc:dateQualifier': r.dateQualifier }),
    ...(r.dateNote !== undefined && { 'kc:dateNote': r.dateNote }),
    isBasedOn: { '@id': urn('source', r.sourceId) },
    // Responses live under their claim here; this keeps the dataset's own order across claims.
    'kc:position': index,
  };
}

function sourceToJson(s: Source): Json {
  return {
    '@type': 'NewsArticle',
    '@id': urn('source', s.id),
    identifier: s.id,
    headline: s.headline,
    ...(s.headlineFromUrl !== undefined && { 'kc:headlineFromUrl': s.headlineFromUrl }),
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
    ...(c.date !== undefined && { dateCreated: c.date }),
    ...(c.dateQualifier !== undefined && { 'kc:dateQualifier': c.dateQualifier }),
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

/** The reshaping half of `fromClaimReview`, unvalidated (its output is `unknown` on purpose). */
export function claimReviewToDatasetJson(json: unknown): unknown {
  const root: Json = Array.isArray(json) ? { '@graph': json } : isObject(json) ? json : {};
  const graph = asArray(root['@graph'] ?? (root['@type'] === 'ClaimReview' ? [root] : []));
  const reviews = graph.filter(isObject).filter((x) => x['@type'] === 'ClaimReview');

  const claims = reviews.map(reviewToClaim);
  const positioned = reviews.flatMap((review) =>
    asArray(review['kc:responses'])
      .filter(isObject)
      .map((r) => ({ position: r['kc:position'], response: jsonToResponse(r, idOf(review, 'claim')) })),
  );
  // Restore the dataset's order where positions are given; otherwise keep document order.
  positioned.sort((a, b) => numberOr(a.position, Infinity) - numberOr(b.position, Infinity));

  return {
    version: root['kc:version'] ?? 1,
    id: root.identifier ?? 'imported-claimreview',
    title: root.name ?? 'Imported ClaimReview pack',
    ...(root.datePublished !== undefined && { published: root.datePublished }),
    claims,
    responses: positioned.map((p) => p.response),
    sources: asArray(root['kc:sources']).filter(isObject).map(jsonToSource),
    context: asArray(root['kc:context']).filter(isObject).map(jsonToContext),
  };
}

function reviewToClaim(review: Json): Json {
  const item = isObject(review.itemReviewed) ? review.itemReviewed : {};
  return withoutUndefined({
    id: idOf(review, 'claim'),
    statement: review.claimReviewed,
    claimants: asArray(item.author).filter(isObject).map(jsonToClaimant),
    date: item.datePublished,
    dateQualifier: item['kc:dateQualifier'],
    dateNote: item['kc:dateNote'],
    sourceIds: asArray(item.appearance).filter(isObject).map((a) => idOf(a, 'source')),
    phrasings: review['kc:phrasings'] ?? [],
    phrasingSources: review['kc:phrasingSources'] === undefined ? undefined : asArray(review['kc:phrasingSources']).filter(isObject).map((p) => ({ text: p.text, sourceId: refId(p.isBasedOn, 'source') })),
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
    speaker: jsonToPerson(r.creator),
    quote: r.text,
    reported: r['kc:reported'],
    summary: r.description,
    date: r.dateCreated,
    dateQualifier: r['kc:dateQualifier'],
    dateNote: r['kc:dateNote'],
    sourceId: refId(r.isBasedOn, 'source'),
  });
}

function jsonToSource(s: Json): Json {
  return withoutUndefined({
    id: idOf(s, 'source'),
    publisher: nameOf(s.publisher),
    headline: s.headline,
    headlineFromUrl: s['kc:headlineFromUrl'],
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
    date: c.dateCreated,
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
