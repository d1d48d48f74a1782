/**
 * The hostile claim packs of issue #15, generated (never committed: one is 5 MB). Shared by the unit
 * tests, the options-page browser test and `npm run bench:packs`, so the three look at the same files.
 */

export interface HostilePack {
  /** The file name it is imported or validated as. */
  name: string;
  /** What it is, for bench output. */
  what: string;
  text: () => string;
}

const MB = 1024 * 1024;

/** A pack's top level around a `claims` array given as JSON text. */
function packAround(id: string, claimsJson: string): string {
  return `{"version":1,"id":"${id}","title":"Hostile pack","claims":${claimsJson},"responses":[],"sources":[],"context":[]}`;
}

/** A statement of `length` characters: "data:" and then nothing but spaces, which made the old data: URL pattern backtrack. */
export function dataUrlStatement(length: number): string {
  return 'data:' + ' '.repeat(length - 5);
}

export const HOSTILE_PACKS: HostilePack[] = [
  {
    name: 'deep-nesting.json',
    what: '3,000-deep nesting of arrays inside a claim',
    text: () => packAround('deep-nesting', `[{"statement":${'['.repeat(3000)}${']'.repeat(3000)}}]`),
  },
  {
    name: 'deep-objects.json',
    what: '3,000-deep nesting of objects',
    text: () => packAround('deep-objects', `[${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}]`),
  },
  {
    name: 'data-url.json',
    what: 'a 160,000-character "data:" string',
    text: () => packAround('data-url', JSON.stringify([{ statement: dataUrlStatement(160_000) }])),
  },
  {
    name: 'empty-claims.json',
    what: '300,000 empty claims',
    text: () => packAround('empty-claims', `[${new Array(300_000).fill('{}').join(',')}]`),
  },
  {
    name: 'five-mb.json',
    what: 'a file of 5 MB and one byte',
    text: () => {
      const frame = packAround('five-mb', '[{"statement":"PAD"}]');
      return frame.replace('PAD', 'x'.repeat(5 * MB + 1 - (frame.length - 3)));
    },
  },
  {
    name: 'many-errors.json',
    what: 'just under 5 MB: 17,500 claims of 130 wrong values each, within every length cap',
    text: () => {
      const claim = JSON.stringify({ id: 'X', date: '2020-13-45', tags: new Array(128).fill(0) });
      return packAround('many-errors', `[${new Array(17_500).fill(claim).join(',')}]`);
    },
  },
];
