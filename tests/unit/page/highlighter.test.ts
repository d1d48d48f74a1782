// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { Highlighter } from '@/src/page/highlighter';

/** happy-dom has no Highlight API: a minimal stand-in that keeps its ranges and priority. */
class FakeHighlight extends Set<Range> {
  priority = 0;
  constructor(...ranges: Range[]) {
    super(ranges);
  }
}

function registry() {
  const map = new Map<string, FakeHighlight>();
  return { map, reg: map as unknown as HighlightRegistry };
}

function ranges(n: number): Range[] {
  document.body.textContent = 'Karabakh '.repeat(n);
  const text = document.body.firstChild!;
  return Array.from({ length: n }, (_, i) => {
    const r = document.createRange();
    r.setStart(text, i * 9);
    r.setEnd(text, i * 9 + 8);
    return r;
  });
}

describe('Highlighter', () => {
  beforeAll(() => {
    (globalThis as unknown as { Highlight: unknown }).Highlight = FakeHighlight;
  });

  it('registers mentions and claims under their names, claims above mentions', () => {
    const { map, reg } = registry();
    const [a, b, c] = ranges(3);
    new Highlighter({ style: 'background', mark: 'both' }, reg).show([a!, b!], [c!]);
    expect([...map.keys()].sort()).toEqual(['kc-claim', 'kc-mention']);
    expect(map.get('kc-mention')!.size).toBe(2);
    expect(map.get('kc-claim')!.priority).toBeGreaterThan(map.get('kc-mention')!.priority);
  });

  it('switches to the underline names and back, leaving no old name behind', () => {
    const { map, reg } = registry();
    const [a, c] = ranges(2);
    const h = new Highlighter({ style: 'background', mark: 'both' }, reg);
    h.show([a!], [c!]);
    h.setLook({ style: 'underline', mark: 'both' });
    expect([...map.keys()].sort()).toEqual(['kc-claim-underline', 'kc-mention-underline']);
    h.setLook({ style: 'background', mark: 'claims' });
    expect([...map.keys()]).toEqual(['kc-claim']);
  });

  it('marks one active range above everything, and clear() removes every name', () => {
    const { map, reg } = registry();
    const [a, c] = ranges(2);
    const h = new Highlighter({ style: 'background', mark: 'both' }, reg);
    h.show([a!], [c!]);
    h.setActive(c!);
    expect([...map.get('kc-active')!]).toEqual([c]);
    expect(map.get('kc-active')!.priority).toBeGreaterThan(map.get('kc-claim')!.priority);
    h.clear();
    expect(map.size).toBe(0);
  });

  it('drops the active mark when its range is no longer shown', () => {
    const { map, reg } = registry();
    const [a, c] = ranges(2);
    const h = new Highlighter({ style: 'background', mark: 'both' }, reg);
    h.show([a!], [c!]);
    h.setActive(c!);
    h.show([a!], []);
    expect(map.has('kc-active')).toBe(false);
  });
});
