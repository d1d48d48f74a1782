import { describe, expect, it } from 'vitest';
import { errorSink, MAX_COUNTED_ERRORS, MAX_REPORTED_ERRORS } from '@/src/data/errors';
import { SHAPE_LIMITS, scanJson } from '@/src/data/scan';
import { hasMarkup, scriptOrDataUrl, unsafeCharacter } from '@/src/data/string-rules';
import { validateDataset } from '@/src/data/validate';
import { stripQuoted } from '@/src/data/wording';
import { samplePack } from '../packs/pack-fixture';

function scan(json: unknown) {
  const sink = errorSink('f');
  const withinLimits = scanJson(json, sink);
  return { withinLimits, errors: sink.errors.map((e) => `${e.path} ${e.rule}: ${e.message}`), more: sink.more() };
}

describe('characters that hide or reorder text', () => {
  it.each([
    ['\u202E', 'U+202E (right-to-left override) at character 6'],
    ['\u202A', 'U+202A (left-to-right embedding) at character 6'],
    ['\u2067', 'U+2067 (right-to-left isolate) at character 6'],
    ['\u0000', 'U+0000 (NUL) at character 6'],
    ['\u0007', 'U+0007 (a control character) at character 6'],
    ['\u009B', 'U+009B (a control character) at character 6'],
    ['\uD83D', 'U+D83D (half of a surrogate pair) at character 6'],
    ['\uDE00', 'U+DE00 (half of a surrogate pair) at character 6'],
  ])('finds %j and says which and where', (ch, message) => {
    expect(unsafeCharacter(`Baku ${ch} said`)).toBe(message);
  });

  it('allows whitespace, whole surrogate pairs and the direction marks Arabic, Persian and Urdu need', () => {
    for (const text of ['a\tb\nc\r\nd', 'emoji 😀 ok', 'پاکستان\u200F says', 'left\u200E mark', 'Arabic letter mark \u061C', 'zero\u200Dwidth joiner']) {
      expect(unsafeCharacter(text), JSON.stringify(text)).toBeUndefined();
    }
  });
});

describe('URLs and markup in text', () => {
  it('finds script URLs through the whitespace and control characters browsers drop', () => {
    expect(scriptOrDataUrl(' JaVa\tScript:alert(1)')).toBe('script');
    expect(scriptOrDataUrl('vb\nscript:x')).toBe('script');
    expect(scriptOrDataUrl('data:text/html;base64,AAA')).toBe('data');
    expect(scriptOrDataUrl('data: ,x')).toBe('data');
    expect(scriptOrDataUrl('the data: 5 killed')).toBeUndefined();
    expect(hasMarkup('<img src=x>')).toBe(true);
    expect(hasMarkup('fewer than < 100 and 3<4')).toBe(false);
  });
});

describe('the shape walk', () => {
  it('walks 3,000 levels without recursion and reports the first level past the limit, once', () => {
    let deep: unknown = 'bottom';
    for (let i = 0; i < 3000; i++) deep = [deep];
    const result = scan({ claims: deep });
    expect(result.withinLimits).toBe(false);
    expect(result.errors).toEqual([`$.claims${'[0]'.repeat(SHAPE_LIMITS.depth)} depth: nested more than 12 levels deep; the format needs at most 6`]);
  });

  it('refuses an array over the item limit and an object over the key limit without looking inside', () => {
    const keys = Object.fromEntries(Array.from({ length: SHAPE_LIMITS.keys + 1 }, (_, i) => [`k${i}`, '<b>']));
    const result = scan({ claims: new Array(SHAPE_LIMITS.items + 1).fill('<b>'), sources: [keys] });
    expect(result.withinLimits).toBe(false);
    expect(result.errors).toEqual(['$.claims length: 20,001 items; at most 20,000 are allowed', '$.sources[0] length: 101 keys; at most 100 are allowed']);
  });

  it('names every offending string and key by its path, in document order', () => {
    const result = scan({ a: ['ok', 'x\u202Ey'], 'odd key': { '<i>': 'javascript:x' }, root: 'data:,x' });
    expect(result.withinLimits).toBe(true);
    expect(result.errors).toEqual([
      '$.a[1] unsafe-text: contains U+202E (right-to-left override) at character 2',
      '$["odd key"]["<i>"] markup: key contains HTML markup; pack text must be plain text',
      '$["odd key"]["<i>"] unsafe-url: contains a javascript:/vbscript: URL',
      '$.root unsafe-url: contains a data: URL',
    ]);
    expect(scan('<b>').errors).toEqual(['$ markup: contains HTML markup; pack text must be plain text']);
  });

  it(`lists ${MAX_REPORTED_ERRORS} errors, counts the rest, and stops counting at ${MAX_COUNTED_ERRORS}`, () => {
    expect(scan({ tags: new Array(250).fill('<b>') }).more).toEqual({ count: 150, atLeast: false });
    const many = scan({ a: new Array(20_000).fill('<b>'), b: new Array(20_000).fill('<b>') });
    expect(many.errors).toHaveLength(MAX_REPORTED_ERRORS);
    expect(many.more).toEqual({ count: MAX_COUNTED_ERRORS - MAX_REPORTED_ERRORS, atLeast: true });
  });
});

describe('pack text through validateDataset', () => {
  it('rejects a bidi override in a quote and NUL in a title with their paths', () => {
    const pack = samplePack('bidi');
    pack.responses[0]!.quote = 'These reports are \u202Edesaberp\u202C.';
    pack.title = 'Pack\u0000';
    const result = validateDataset(pack, 'bidi.json');
    expect(!result.ok && result.errors.map((e) => `${e.path} ${e.rule}`)).toEqual(['$.title unsafe-text', '$.responses[0].quote unsafe-text']);
  });
});

describe('stripQuoted', () => {
  it('removes closed quotes and leaves an unclosed one in place, so its words are still checked', () => {
    expect(stripQuoted('They called it “fake” and «a hoax».')).toBe('They called it   and  .');
    expect(stripQuoted('It is “false')).toBe('It is “false');
    expect(stripQuoted('“a” then “false')).toBe('  then “false');
  });
});
