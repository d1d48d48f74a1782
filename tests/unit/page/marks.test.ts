// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { runToEnd } from '@/src/core/steps';
import { capMarks, isStale, markSteps, mergeInOrder, restore, type Mark } from '@/src/page/marks';
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

describe('markSteps: what the reader sees marked, from the core\'s offsets', () => {
  /** A paragraph whose text runs over several nodes, as articles do: "In <b>Nagorno-Karabakh</b>, …". */
  function article() {
    const p = document.createElement('p');
    const b = document.createElement('b');
    b.textContent = 'Nagorno-Karabakh';
    const i = document.createElement('i');
    i.textContent = 'Agdam';
    p.append('Talks stalled. In ', b, ', a report said Pakistani troops fought near ', i, '. Nothing else.');
    document.body.replaceChildren(p);
    const map = runToEnd(readBlocksSteps([p]));
    const at = (words: string) => ({ start: map.text.indexOf(words), end: map.text.indexOf(words) + words.length });
    return { p, map, at };
  }

  it('marks the names and the whole claim sentence, in page order, across elements', () => {
    const { map, at } = article();
    const sentence = 'In Nagorno-Karabakh, a report said Pakistani troops fought near Agdam.';
    const marks = runToEnd(
      markSteps(map, {
        // The core hands mentions first, then matches: marks come out in page order all the same.
        mentions: [
          { ...at('Agdam'), text: 'Agdam', canonical: 'Agdam', kind: 'place' },
          { ...at('Nagorno-Karabakh'), text: 'Nagorno-Karabakh', canonical: 'Nagorno-Karabakh', kind: 'region' },
        ],
        matches: [{ claimId: 'pakistan-troops', ...at(sentence), sentence, score: 0.9, terms: ['Pakistani', 'troops'], lang: 'en' }],
      }),
    );
    expect(marks.map((m) => [m.kind, m.range.toString()])).toEqual([
      ['claim', 'In Nagorno-Karabakh, a report said Pakistani troops fought near Agdam.'],
      ['mention', 'Nagorno-Karabakh'],
      ['mention', 'Agdam'],
    ]);
    expect(marks[0]).toMatchObject({ claimId: 'pakistan-troops', terms: ['Pakistani', 'troops'], lang: 'en' });
    expect(marks[0]!.via).toBeUndefined();
    expect(marks[2]!.range.startContainer.parentElement?.localName).toBe('i');
    expect(marks.some(isStale)).toBe(false);
  });

  it('says when the page replaced a mark\'s text, and puts back a mark whose text was rewritten unchanged', () => {
    const { p, map, at } = article();
    const [mark] = runToEnd(markSteps(map, { mentions: [{ ...at('Agdam'), text: 'Agdam', canonical: 'Agdam', kind: 'place' }], matches: [] }));
    const text = p.querySelector('i')!.firstChild as Text;
    // A framework re-render: the same text set again, which collapses every range in the node (DOM
    // "replace data"; happy-dom does not update live ranges, so the test does what a browser does).
    text.data = 'Agdam';
    mark!.range.collapse(true);
    expect(isStale(mark!)).toBe(true);
    expect(restore(mark!)).toBe(true);
    expect(isStale(mark!)).toBe(false);
    expect(mark!.range.toString()).toBe('Agdam');
    // The page replaced the node: the mark is stale, and no restoring brings it back onto the page.
    p.querySelector('i')!.replaceChildren('Fuzuli');
    expect(isStale(mark!)).toBe(true);
  });
});
