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
/**
 * How to read `date` when the source gives no exact day: 'before' (on or before it: the source dates
 * only something that came after, such as the first answer), 'week-of' (some day of the week that
 * begins on it: "this week"), 'approx' (about then). Absent: the date is the event's own, at its
 * precision. `date` stays the sort key either way, so a timeline can order a bounded date.
 */
const DateQualifierSchema = v.picklist(['before', 'week-of', 'approx']);
const HttpsUrl = v.pipe(
  v.string(),
  v.url('must be a URL'),
  v.startsWith('https://', 'links must be https'),
  v.maxLength(2000),
);

const PersonSchema = v.strictObject({
  name: Text,
  role: v.optional(Text),
  organisation: v.optional(Text),
});

const ClaimantSchema = v.strictObject({
  name: Text,
  /** What the claimant did with the claim, e.g. "made the claim", "published the report". */
  role: Text,
  /** A person's title as the source gives it ("Armenian Prime Minister"); marks the claimant as a person. */
  title: v.optional(Text),
  organisation: v.optional(Text),
});

/** A phrasing that is an outlet's own wording (e.g. its headline), and the source that published it. */
const PhrasingSourceSchema = v.strictObject({
  /** Exactly one of the claim's `phrasings`. */
  text: Text,
  sourceId: Id,
});

const ClaimSchema = v.strictObject({
  id: Id,
  statement: Text,
  claimants: v.pipe(v.array(ClaimantSchema), v.minLength(1, 'every claim names who made or carried it')),
  date: IsoDate,
  dateQualifier: v.optional(DateQualifierSchema),
  /** What the source says of the date, in its words where it has some ("this week"). */
  dateNote: v.optional(Text),
  /** At least one; validate.ts reports an empty list under its own rule, `claim-source`. */
  sourceIds: v.array(Id),
  /** Matching data only, never shown as reported wording: most are ours, written to help matching. */
  phrasings: v.pipe(v.array(Text), v.minLength(1, 'every claim has phrasings for matching')),
  /** The phrasings that are an outlet's own words; only these may be shown, quoted, as that outlet's. */
  phrasingSources: v.optional(v.array(PhrasingSourceSchema)),
  tags: v.array(Text),
});

/**
 * What the source says the speaker did, in its own verb where it has one: 'denial' (denied),
 * 'rejection' (rejected), 'rebuttal' (disputed the claim after it was made), 'confirmation' (a third
 * party confirmed it; never the claimant), 'call-to-halt' (called for the action claimed to stop),
 * 'accusation' (accused), 'statement' (spoke to the same matter without answering the claim),
 * 'context' (a remark that only gives background).
 */
const ResponseKindSchema = v.picklist([
  'denial',
  'rejection',
  'rebuttal',
  'confirmation',
  'call-to-halt',
  'accusation',
  'statement',
  'context',
]);

const ResponseSchema = v.strictObject({
  id: Id,
  claimId: Id,
  kind: ResponseKindSchema,
  speaker: PersonSchema,
  /** Verbatim words from the source: one passage, or several from the same statement. */
  quote: v.union([Text, v.pipe(v.array(Text), v.minLength(1))]),
  /**
   * True when the quote is the source's own sentence reporting what the speaker said (reported
   * speech), not the speaker's words: it is then shown as the outlet's, never as the speaker's.
   */
  reported: v.optional(v.boolean()),
  summary: v.optional(Text),
  date: IsoDate,
  dateQualifier: v.optional(DateQualifierSchema),
  dateNote: v.optional(Text),
  sourceId: Id,
});

const SourceSchema = v.strictObject({
  id: Id,
  publisher: Text,
  headline: Text,
  /**
   * True when the headline was rebuilt from the URL's words because the page's own was not seen: it
   * is then never shown as the page's headline.
   */
  headlineFromUrl: v.optional(v.boolean()),
  date: IsoDate,
  /** Only a URL verified to carry the text; absent otherwise. */
  url: v.optional(HttpsUrl),
  /** The seed document's file name, for bundled sources. */
  document: v.optional(Text),
});

const ContextSchema = v.strictObject({
  id: Id,
  /** Claims this background fact helps a reader weigh; may be empty. */
  claimIds: v.array(Id),
  title: Text,
  quote: v.union([Text, v.pipe(v.array(Text), v.minLength(1))]),
  sourceId: Id,
  date: v.optional(IsoDate),
  dateQualifier: v.optional(DateQualifierSchema),
  dateNote: v.optional(Text),
  tags: v.array(Text),
});

export const DatasetSchema = v.strictObject({
  /** Schema version of the file, for migrations of packs. */
  version: v.literal(1),
  id: Id,
  title: Text,
  /** When this edition of the dataset was published: the date of each review in the ClaimReview export. */
  published: v.optional(IsoDate),
  claims: v.array(ClaimSchema),
  responses: v.array(ResponseSchema),
  sources: v.array(SourceSchema),
  context: v.array(ContextSchema),
});

export type Person = v.InferOutput<typeof PersonSchema>;
export type Claimant = v.InferOutput<typeof ClaimantSchema>;
export type DateQualifier = v.InferOutput<typeof DateQualifierSchema>;
export type Claim = v.InferOutput<typeof ClaimSchema>;
export type ResponseKind = v.InferOutput<typeof ResponseKindSchema>;
export type ClaimResponse = v.InferOutput<typeof ResponseSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type ContextFact = v.InferOutput<typeof ContextSchema>;
export type Dataset = v.InferOutput<typeof DatasetSchema>;
