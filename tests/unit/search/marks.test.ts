import { describe, expect, it } from 'vitest';
import { excerpt, segments } from '@/src/search/marks';

describe('segments', () => {
  it('splits a text into plain and marked runs', () => {
    expect(segments({ text: 'speculative and baseless', marks: [[0, 11], [16, 24]] })).toEqual([
      { text: 'speculative', mark: true },
      { text: ' and ', mark: false },
      { text: 'baseless', mark: true },
    ]);
  });
});

describe('excerpt', () => {
  const long = 'One two three four five six seven eight nine ten eleven twelve thirteen fourteen baseless end';
  it('keeps a short text whole', () => {
    expect(excerpt({ text: 'short', marks: [[0, 5]] }, 40)).toEqual({ text: 'short', marks: [[0, 5]] });
  });
  it('shortens around the first mark at word boundaries and moves the marks', () => {
    const at = long.indexOf('baseless');
    const e = excerpt({ text: long, marks: [[at, at + 8]] }, 40);
    expect(e.text.startsWith('… ')).toBe(true);
    expect(e.text.length).toBeLessThanOrEqual(44);
    const [s, end] = e.marks[0]!;
    expect(e.text.slice(s, end)).toBe('baseless');
  });
});
