/**
 * The hostile claim packs of issue #15, generated (never committed: one is 5 MB). Each is a small valid
 * pack with one part made hostile. Shared by the unit tests, the options-page browser test and
 * `npm run bench:packs`, so the three look at the same files.
 */

export interface HostilePack {
  /** The file name it is imported or validated as. */
  name: string;
  /** What it is, for bench output. */
  what: string;
  /** The rule and path of the error that must be reported (among at most about a hundred). */
  expect: { rule: string; path: string };
  text: () => string;
}

const MB = 1024 * 1024;

/** A valid one-claim pack as JSON text, with `STATEMENT` (a JSON value) as its claim's statement and `CLAIMS` as extra claims. */
function pack(id: string, statementJson = '"Foreign fighters were sent to the region."', extraClaimsJson = ''): string {
  const claim = `{"id":"${id}-claim","statement":${statementJson},"claimants":[{"name":"An outlet","role":"made the claim"}],"date":"2020-10-01","sourceIds":["${id}-source"],"phrasings":["foreign fighters were sent"],"tags":["2020"]}`;
  const response = `{"id":"${id}-response","claimId":"${id}-claim","kind":"denial","speaker":{"name":"A spokesperson"},"quote":"These reports are baseless.","date":"2020-10-02","sourceId":"${id}-source"}`;
  const source = `{"id":"${id}-source","publisher":"Example News","headline":"A headline","date":"2020-10-02","url":"https://example.org/a"}`;
  const claims = extraClaimsJson ? `${claim},${extraClaimsJson}` : claim;
  return `{"version":1,"id":"${id}-pack","title":"Hostile pack","claims":[${claims}],"responses":[${response}],"sources":[${source}],"context":[]}`;
}

/** A statement of `length` characters: "data:", spaces and a letter, on which the old data: URL pattern backtracked for about 10 s. */
export function dataUrlStatement(length: number): string {
  return 'data:' + ' '.repeat(length - 6) + 'x';
}

export const HOSTILE_PACKS: HostilePack[] = [
  {
    name: 'deep-nesting.json',
    what: '3,000-deep nesting of arrays in a claim',
    expect: { rule: 'depth', path: `$.claims[0].statement${'[0]'.repeat(10)}` },
    text: () => pack('deep-nesting', `${'['.repeat(3000)}${']'.repeat(3000)}`),
  },
  {
    name: 'deep-objects.json',
    what: '3,000-deep nesting of objects in a claim',
    expect: { rule: 'depth', path: `$.claims[0].statement${'.a'.repeat(10)}` },
    text: () => pack('deep-objects', `${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}`),
  },
  {
    name: 'data-url.json',
    what: 'a 160,000-character "data:" string as a claim',
    expect: { rule: 'schema', path: '$.claims[0].statement' },
    text: () => pack('data-url', JSON.stringify(dataUrlStatement(160_000))),
  },
  {
    name: 'empty-claims.json',
    what: '300,000 empty claims',
    expect: { rule: 'length', path: '$.claims' },
    text: () => pack('empty-claims', undefined, new Array(300_000).fill('{}').join(',')),
  },
  {
    name: 'five-mb.json',
    what: 'a file of 5 MB and one byte',
    expect: { rule: 'size', path: '$' },
    text: () => {
      const frame = pack('five-mb', '"PAD"');
      return frame.replace('PAD', 'x'.repeat(5 * MB + 1 - (frame.length - 3)));
    },
  },
  {
    name: 'many-errors.json',
    what: 'just under 5 MB: 17,500 claims of 130 wrong values each, within every shape limit',
    expect: { rule: 'schema', path: '$.claims[1].id' },
    text: () => {
      const claim = JSON.stringify({ id: 'X', date: '2020-13-45', tags: new Array(128).fill(0) });
      return pack('many-errors', undefined, new Array(17_500).fill(claim).join(','));
    },
  },
];
