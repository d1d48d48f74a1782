/**
 * ClaimReview JSON-LD read back into a dataset, for claim-pack import: our own export
 * (to-claimreview.ts), its older shape, or any plain array or graph of ClaimReview objects. Nothing is
 * guessed: a field the JSON-LD lacks stays missing, and the dataset's validator names it.
 */
import { validateDataset, type ValidateOptions, type ValidationResult } from '../validate';
import { urn, type Json } from './vocabulary';

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
