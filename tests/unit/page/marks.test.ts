// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { runToEnd } from '@/src/core/steps';
import { capMarks, mergeInOrder, type Mark } from '@/src/page/marks';
import { readBlocksSteps } from '@/src/page/text-map';

/** One mark per word of a new paragraph, in document order. */
function marksOf(words: string[], kind: (i: number) => Mark['kind'] = () => 'mention'): Mark[] {
  const p = document.createElement('p');
  p.textContent = words.join(' ');
  document.body.append(p);
  const text = p.firstChild!;
  let at = 0;
  return words.map((w, i) => {
    const range = document.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + w.length);
    at += w.length + 1;
    return { kind: kind(i), range, startNode: text, endNode: text, startOffset: range.startOffset, endOffset: range.endOffset };
  });
}

const words = (marks: readonly Mark[]) => marks.map((m) => m.range.toString());

describe('mergeInOrder', () => {
  it('merges two lists in document order into one', () => {
    document.body.replaceChildren();
    const all = marksOf(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    const kept = [all[0]!, all[2]!, all[3]!, all[6]!];
    const fresh = [all[1]!, all[4]!, all[5]!];
    expect(words(mergeInOrder(kept, fresh))).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(words(mergeInOrder([], fresh))).toEqual(['b', 'e', 'f']);
    expect(words(mergeInOrder(kept, []))).toEqual(['a', 'c', 'd', 'g']);
  });
});

describe('capMarks', () => {
  it('keeps the first of each kind up to its limit and says which kinds had more', () => {
    document.body.replaceChildren();
    const marks = marksOf(['m1', 'c1', 'm2', 'c2', 'm3', 'c3'], (i) => (i % 2 ? 'claim' : 'mention'));
    const capped = capMarks(marks, { mention: 2, claim: 3 });
    expect(words(capped.marks)).toEqual(['m1', 'c1', 'm2', 'c2', 'c3']);
    expect(capped.more).toEqual({ mentions: true, claims: false });
  });
});

describe('readBlocksSteps', () => {
  it('reads several blocks as one text, a line break between two, with offsets into the right nodes', () => {
    const blocks = ['Talks on Karabakh.', 'Shelling near Stepanakert.'].map((t) => {
      const p = document.createElement('p');
      p.textContent = t;
      return p;
    });
    document.body.replaceChildren(...blocks);
    const map = runToEnd(readBlocksSteps(blocks));
    expect(map.text).toBe('Talks on Karabakh.\nShelling near Stepanakert.\n');
    expect(map.nodes).toEqual([blocks[0]!.firstChild, blocks[1]!.firstChild]);
    expect(map.starts).toEqual([0, 19]);
  });
});
