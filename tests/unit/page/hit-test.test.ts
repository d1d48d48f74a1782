// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { HitTester } from '@/src/page/hit-test';

/** A sentence on the page whose line boxes the browser would report as `lines` (happy-dom lays nothing out). */
function sentence(text: string, lines: { left: number; top: number; width: number; height: number }[]) {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.append(p);
  const range = document.createRange();
  range.selectNodeContents(p);
  const boxes = { lines };
  range.getClientRects = () => boxes.lines.map((l) => new DOMRect(l.left, l.top, l.width, l.height)) as unknown as DOMRectList;
  return { text, range, p, boxes };
}

describe('HitTester: the highlight under the pointer', () => {
  beforeEach(() => document.body.replaceChildren());

  it('finds the sentence under the pointer on each of its lines, and nothing beside it', () => {
    const claim = sentence('Pakistan denied it.', [
      { left: 100, top: 100, width: 300, height: 20 },
      { left: 0, top: 124, width: 120, height: 20 },
    ]);
    const hit = new HitTester<typeof claim>();
    hit.setTargets([claim]);
    expect(hit.at(150, 110)?.text).toBe('Pakistan denied it.');
    expect(hit.at(10, 130)?.text).toBe('Pakistan denied it.');
    // The 4 px gap between the two lines does not flicker to "nothing".
    expect(hit.at(110, 122)?.text).toBe('Pakistan denied it.');
    expect(hit.at(50, 110)).toBeNull(); // left of the first line
    expect(hit.at(200, 135)).toBeNull(); // right of the second line
    expect(hit.at(150, 200)).toBeNull();
  });

  it('gives the last target where two overlap (a claim sentence over the mention inside it)', () => {
    const mention = sentence('Agdam', [{ left: 100, top: 100, width: 50, height: 20 }]);
    const claim = sentence('troops in Agdam', [{ left: 20, top: 100, width: 200, height: 20 }]);
    const hit = new HitTester<typeof claim>();
    hit.setTargets([mention, claim]);
    expect(hit.at(120, 110)?.text).toBe('troops in Agdam');
    hit.setTargets([claim, mention]);
    expect(hit.at(120, 110)?.text).toBe('Agdam');
    expect(hit.at(30, 110)?.text).toBe('troops in Agdam');
  });

  it('keeps its measure until told the layout changed, then measures again', () => {
    const claim = sentence('A sentence that scrolls.', [{ left: 0, top: 100, width: 200, height: 20 }]);
    const hit = new HitTester<typeof claim>();
    hit.setTargets([claim]);
    expect(hit.at(50, 110)).toBe(claim);
    // The page scrolled by 100 px: the sentence is now higher up.
    claim.boxes.lines = [{ left: 0, top: 0, width: 200, height: 20 }];
    expect(hit.at(50, 10)).toBeNull();
    hit.invalidate();
    expect(hit.at(50, 10)).toBe(claim);
    expect(hit.at(50, 110)).toBeNull();
  });

  it('ignores sentences the page removed, empty ranges and boxes of no size', () => {
    const removed = sentence('Removed by the page.', [{ left: 0, top: 0, width: 200, height: 20 }]);
    const empty = sentence('Collapsed.', [{ left: 0, top: 40, width: 200, height: 20 }]);
    const hidden = sentence('Hidden.', [{ left: 0, top: 80, width: 0, height: 20 }]);
    const shown = sentence('Shown.', [{ left: 0, top: 80, width: 200, height: 20 }, { left: 0, top: 120, width: 200, height: 0 }]);
    removed.p.remove();
    empty.range.collapse(true);
    const hit = new HitTester<typeof shown>();
    hit.setTargets([removed, empty, hidden, shown]);
    expect(hit.at(50, 10)).toBeNull();
    expect(hit.at(50, 50)).toBeNull();
    expect(hit.at(50, 90)).toBe(shown);
    expect(hit.at(50, 120)).toBeNull();
    hit.setTargets([]);
    expect(hit.at(50, 90)).toBeNull();
  });
});
