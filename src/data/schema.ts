/**
 * The claims dataset's model. One schema serves the bundled dataset, `npm run validate:data` and the
 * claim-pack import, so a pack is held to exactly the rules the bundled data is held to.
 *
 * valibot, not hand-written checks: strict objects reject unknown keys, and its issues carry the JSON
 * path of every error, which is what a curator or a reader importing a pack needs to see.
 */
import * as v from 'valibot';
import { isCalendarDate } from './dates';

const Id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9][a-z0-9-]{1,80}$/, 'ids are lower-case letters, digits and hyphens'),
);
/** A calendar date, or a month or a year when the source gives no day. */
const IsoDate = v.pipe(
  v.string(),
  v.check(isCalendarDate, 'dates are real calendar dates: YYYY, YYYY-MM or YYYY-MM-DD'),
);
const Text = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(4000));
const HttpsUrl = v.pipe(
  v.string(),
  v.url('must be a URL'),
  v.startsWith('https://', 'links must be https'),
  v.maxLength(2000),
);

export const PersonSchema = v.strictObject({
  name: Text,
  role: v.optional(Text),
  organisation: v.optional(Text),
});

export const ClaimantSchema = v.strictObject({
  name: Text,
  /** What the claimant did with the claim, e.g. "made the claim", "published the report". */
  role: Text,
  organisation: v.optional(Text),
});

export const ClaimSchema = v.strictObject({
  id: Id,
  statement: Text,
  claimants: v.pipe(v.array(ClaimantSchema), v.minLength(1, 'every claim names who made or carried it')),
  date: IsoDate,
  /** When the source gives only a span ("this week"), what is known of it; `date` then holds the year or month. */
  dateNote: v.optional(Text),
  /** At least one; validate.ts reports an empty list under its own rule, `claim-source`. */
  sourceIds: v.array(Id),
  phrasings: v.pipe(v.array(Text), v.minLength(1, 'every claim has phrasings for matching')),
  tags: v.array(Text),
});

export const ResponseKindSchema = v.picklist(['denial', 'rejection', 'rebuttal', 'confirmation', 'context']);

export const ResponseSchema = v.strictObject({
  id: Id,
  claimId: Id,
  kind: ResponseKindSchema,
  speaker: PersonSchema,
  /** Verbatim words from the source: one passage, or several from the same statement. */
  quote: v.union([Text, v.pipe(v.array(Text), v.minLength(1))]),
  summary: v.optional(Text),
  date: IsoDate,
  sourceId: Id,
});

export const SourceSchema = v.strictObject({
  id: Id,
  publisher: Text,
  headline: Text,
  date: IsoDate,
  /** Only a URL verified to carry the text; absent otherwise. */
  url: v.optional(HttpsUrl),
  /** The seed document's file name, for bundled sources. */
  document: v.optional(Text),
});

export const ContextSchema = v.strictObject({
  id: Id,
  /** Claims this background fact helps a reader weigh; may be empty. */
  claimIds: v.array(Id),
  title: Text,
  quote: v.union([Text, v.pipe(v.array(Text), v.minLength(1))]),
  sourceId: Id,
  date: v.optional(IsoDate),
  tags: v.array(Text),
});

export const DatasetSchema = v.strictObject({
  /** Schema version of the file, for migrations of packs. */
  version: v.literal(1),
  id: Id,
  title: Text,
  claims: v.array(ClaimSchema),
  responses: v.array(ResponseSchema),
  sources: v.array(SourceSchema),
  context: v.array(ContextSchema),
});

export type Person = v.InferOutput<typeof PersonSchema>;
export type Claimant = v.InferOutput<typeof ClaimantSchema>;
export type Claim = v.InferOutput<typeof ClaimSchema>;
export type ResponseKind = v.InferOutput<typeof ResponseKindSchema>;
export type ClaimResponse = v.InferOutput<typeof ResponseSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type ContextFact = v.InferOutput<typeof ContextSchema>;
export type Dataset = v.InferOutput<typeof DatasetSchema>;
