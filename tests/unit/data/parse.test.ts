import { describe, expect, it } from 'vitest';
import { jsonErrorPosition, MAX_DATASET_BYTES, parseDatasetText, utf8Bytes } from '@/src/data/parse';

describe('JSON syntax errors say where', () => {
  // Columns count from 1, like an editor's.
  it('turns a V8 offset into a line and column', () => {
    const text = '{\n  "a": 1,\n  "b" 2\n}';
    expect(jsonErrorPosition(text, 'Expected \':\' after property name in JSON at position 18')).toEqual({ line: 3, column: 7 });
  });

  it('reads Gecko’s line and column as given', () => {
    expect(jsonErrorPosition('{', 'JSON.parse: end of data while reading object contents at line 1 column 2 of the JSON data')).toEqual({
      line: 1,
      column: 2,
    });
  });

  it('puts an unexpected end at the end of the text', () => {
    expect(jsonErrorPosition('{\n"a": [', 'Unexpected end of JSON input')).toEqual({ line: 2, column: 7 });
  });

  it('gives the position in the message from this engine', () => {
    const result = parseDatasetText('x.json', '{"a": 1,}');
    expect(result).toMatchObject({ ok: false, errors: [{ file: 'x.json', path: '$', rule: 'json', message: expect.stringMatching(/^not valid JSON at line 1, column \d+: /) }] });
  });
});

describe('size', () => {
  it('counts UTF-8 bytes, not characters', () => {
    expect(utf8Bytes('abc')).toBe(3);
    expect(utf8Bytes('Карабах')).toBe(14);
    expect(utf8Bytes('😀')).toBe(4);
  });

  it('refuses text just over the cap and accepts text at it', () => {
    const at = '"' + 'x'.repeat(MAX_DATASET_BYTES - 2) + '"';
    expect(parseDatasetText('at.json', at).ok).toBe(true);
    // Multi-byte text can pass a character count and still be over the byte cap.
    const over = '"' + 'я'.repeat(MAX_DATASET_BYTES / 2) + '"';
    expect(parseDatasetText('over.json', over)).toMatchObject({ ok: false, errors: [{ rule: 'size' }] });
  });
});
