import { describe, expect, it } from 'vitest';
import { formatDataError, validateDataset, validateDatasetText } from '@/src/data/validate';
import { loadedTermIn, verdictWordIn } from '@/src/data/wording';

function minimal() {
  return {
    version: 1,
    id: 'pack',
    title: 'A pack',
    claims: [
      {
        id: 'c1',
        statement: 'Outlets reported that X happened.',
        claimants: [{ name: 'Outlet', role: 'published the report' }],
        date: '2020-10-01',
        sourceIds: ['s1'],
        phrasings: ['X happened'],
        tags: ['x'],
      },
    ],
    responses: [
      {
        id: 'r1',
        claimId: 'c1',
        kind: 'denial',
        speaker: { name: 'A Spokesman', organisation: 'A Ministry' },
        quote: 'speculative and baseless',
        summary: 'The ministry called the reports "fake".',
        date: '2020-10-02',
        sourceId: 's1',
      },
    ],
    sources: [{ id: 's1', publisher: 'Paper', headline: 'Headline', date: '2020-10-02', url: 'https://example.org/a' }],
    context: [],
  };
}

describe('validateDataset', () => {
  it('accepts a well-formed dataset and returns it typed', () => {
    const result = validateDataset(minimal(), 'pack.json');
    expect(result).toMatchObject({ ok: true, dataset: { id: 'pack' } });
  });

  it('reports schema errors with the JSON path of the bad value', () => {
    const d = minimal() as Record<string, unknown>;
    (d.responses as Record<string, unknown>[])[0]!.quote = '';
    const result = validateDataset(d, 'pack.json');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual(
      expect.objectContaining({ file: 'pack.json', path: '$.responses[0].quote', rule: 'schema' }),
    );
  });

  it('names http links as https-only and unknown links as unverified', () => {
    const d = minimal();
    d.sources[0]!.url = 'http://example.org/a';
    const bad = validateDataset(d, 'f');
    expect(!bad.ok && bad.errors.map((e) => [e.path, e.rule])).toContainEqual(['$.sources[0].url', 'https-only']);
    const unverified = validateDataset(minimal(), 'f', { verifiedUrls: new Set(['https://example.org/b']) });
    expect(!unverified.ok && unverified.errors.map((e) => e.rule)).toEqual(['verified-url']);
  });

  it('finds script and data URLs anywhere, even in a malformed pack', () => {
    const result = validateDataset({ claims: [{ note: ' JaVa\tScript:alert(1)' }], x: 'data:text/html;base64,AAA' }, 'f');
    expect(!result.ok && result.errors.filter((e) => e.rule === 'unsafe-url').map((e) => e.path)).toEqual([
      '$.claims[0].note',
      '$.x',
    ]);
    expect(verdictWordIn('the data: 5 killed')).toBeUndefined();
    expect(validateDataset({ ...minimal(), title: 'figures from the data: 5' }, 'f').ok).toBe(true);
  });

  it('reports duplicate ids, dangling references and unanswered claims', () => {
    const d = minimal();
    d.responses[0]!.claimId = 'c2';
    d.sources[0]!.id = 'c1';
    const result = validateDataset(d, 'f');
    expect(!result.ok && result.errors.map((e) => `${e.path} ${e.rule}`)).toEqual([
      '$.sources[0].id unique-id',
      '$.claims[0].sourceIds[0] reference',
      '$.responses[0].claimId reference',
      '$.responses[0].sourceId reference',
      '$.claims[0] claim-answered',
    ]);
  });

  it('requires every claim to have a source', () => {
    const d = minimal();
    d.claims[0]!.sourceIds = [];
    const result = validateDataset(d, 'f');
    expect(!result.ok && result.errors.map((e) => `${e.path} ${e.rule}`)).toEqual(['$.claims[0].sourceIds claim-source']);
  });

  it('rejects verdict words outside quotes and allows them inside', () => {
    expect(verdictWordIn('Pakistan called the reports "fake"')).toBeUndefined();
    expect(verdictWordIn('Pakistan called the reports ‘a hoax’.')).toBeUndefined();
    expect(verdictWordIn("Pakistan's claim is false")).toBe('false');
    expect(verdictWordIn('The claim was debunked')).toBe('debunked');
    expect(verdictWordIn('a humanitarian truce')).toBeUndefined();
    const d = minimal();
    d.claims[0]!.statement = 'It is true that X happened.';
    const result = validateDataset(d, 'f');
    expect(!result.ok && result.errors.map(formatDataError)).toEqual([
      'f: $.claims[0].statement: attributive-wording: "true" passes a verdict; attribute it to a speaker, or quote them',
    ]);
  });

  it('rejects terms that take a side outside quotes, in every text written in the dataset\'s own voice', () => {
    expect(loadedTermIn('Anadolu Agency on UN resolutions that “demand the withdrawal of the occupying forces”')).toBeUndefined();
    expect(loadedTermIn("Armenia's foreign ministry accused Azerbaijan of 'large-scale aggression'")).toBeUndefined();
    expect(loadedTermIn('UN resolutions demanding withdrawal of the occupying forces')).toBe('occupying');
    expect(loadedTermIn('an anti-terrorist operation')).toBe('anti-terrorist');
    expect(loadedTermIn('the liberation of Agdam')).toBe('liberation');
    expect(loadedTermIn('the separatist regime in Stepanakert')).toBe('separatist regime');
    expect(loadedTermIn('accusation of genocide')).toBe('genocide');
    expect(loadedTermIn('Azerbaijan’s army did not need external help')).toBeUndefined();
    const d = minimal();
    d.claims[0]!.tags = ['aggressor'];
    d.responses[0]!.summary = 'The ministry spoke of the occupation.';
    const result = validateDataset(d, 'f');
    expect(!result.ok && result.errors.map((e) => `${e.path} ${e.rule}`)).toEqual([
      '$.claims[0].tags[0] loaded-term',
      '$.responses[0].summary loaded-term',
    ]);
  });

  it('holds sourced phrasings to the claim\'s own phrasings and to a source that exists', () => {
    const d = minimal() as ReturnType<typeof minimal> & { claims: { phrasingSources?: unknown }[] };
    d.claims[0]!.phrasingSources = [
      { text: 'X happened', sourceId: 's1' },
      { text: 'Y happened', sourceId: 's2' },
    ];
    const result = validateDataset(d, 'f');
    expect(!result.ok && result.errors.map((e) => `${e.path} ${e.rule}`)).toEqual([
      '$.claims[0].phrasingSources[1].text phrasing-source',
      '$.claims[0].phrasingSources[1].sourceId reference',
    ]);
  });

  it('needs a day for a week, and a date for a qualifier', () => {
    const d = minimal() as ReturnType<typeof minimal> & { claims: { dateQualifier?: string }[] };
    d.claims[0]!.date = '2020-09';
    d.claims[0]!.dateQualifier = 'week-of';
    (d as { context: unknown[] }).context = [{ id: 'x1', claimIds: ['c1'], title: 'Background', quote: 'q', sourceId: 's1', dateQualifier: 'before', tags: [] }];
    const result = validateDataset(d, 'f');
    expect(!result.ok && result.errors.map((e) => `${e.path} ${e.rule}`)).toEqual([
      '$.claims[0].dateQualifier date-qualifier',
      '$.context[0].dateQualifier date-qualifier',
    ]);
  });

  it('refuses an answer dated before its claim, unless the claim is only bounded from above', () => {
    const d = minimal() as ReturnType<typeof minimal> & { claims: { dateQualifier?: string }[] };
    d.responses[0]!.kind = 'rebuttal';
    d.responses[0]!.date = '2020-09-30';
    const result = validateDataset(d, 'f');
    expect(!result.ok && result.errors.map((e) => `${e.path} ${e.rule}`)).toEqual(['$.responses[0].date answer-before-claim']);
    // The same words as background are no answer, and may come first.
    d.responses[0]!.kind = 'context';
    expect(validateDataset(d, 'f').ok).toBe(true);
    d.responses[0]!.kind = 'rejection';
    d.claims[0]!.dateQualifier = 'before';
    expect(validateDataset(d, 'f').ok).toBe(true);
    // A month holds its days: an answer in October 2020 may follow a claim of 1 October.
    d.claims[0]!.dateQualifier = undefined;
    d.responses[0]!.date = '2020-10';
    expect(validateDataset(JSON.parse(JSON.stringify(d)), 'f').ok).toBe(true);
  });

  it('does not let whoever made a claim confirm it', () => {
    const d = minimal();
    d.responses[0]!.kind = 'confirmation';
    d.responses[0]!.speaker = { name: 'A Spokesman', organisation: 'outlet ' };
    const result = validateDataset(d, 'f');
    expect(!result.ok && result.errors.map((e) => `${e.path} ${e.rule}`)).toEqual(['$.responses[0].kind self-confirmation']);
    d.responses[0]!.speaker = { name: 'Someone else', organisation: 'Another body' };
    expect(validateDataset(d, 'f').ok).toBe(true);
  });

  it('turns a JSON syntax error into a DataError', () => {
    const result = validateDatasetText('{"version": 1,', 'broken.json');
    expect(!result.ok && result.errors[0]).toMatchObject({ file: 'broken.json', path: '$', rule: 'json' });
  });
});
