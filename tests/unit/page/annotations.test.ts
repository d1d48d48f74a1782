// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createMatcher } from '@/src/core/matcher';
import type { MatcherSource } from '@/src/core/scan';
import { BUNDLED_DATASET } from '@/src/data/bundled';
import { Annotations } from '@/src/page/annotations';
import { highlighted, installFakeHighlights } from './fake-highlights';

const matcher = createMatcher([BUNDLED_DATASET]);
// eslint-disable-next-line require-yield -- a source with nothing to wait for
const source: MatcherSource = function* () {
  return matcher;
};
const CLAIM = 'Pakistan denies its troops fought alongside Azerbaijan against Armenia in Nagorno-Karabakh.';

function paragraph(text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
}

function setup() {
  const registry = installFakeHighlights();
  document.body.replaceChildren(paragraph('Fighting resumed in Nagorno-Karabakh on Sunday.'), paragraph(CLAIM));
  let changes = 0;
  const lifetime = new AbortController();
  const annotations = new Annotations({ signal: lifetime.signal, matcher: () => source, look: { style: 'background', mark: 'both' }, onChange: () => changes++ });
  return { registry, annotations, lifetime, changes: () => changes };
}

describe('Annotations', () => {
  let s: ReturnType<typeof setup>;
  beforeEach(() => {
    s = setup();
  });

  it('reads the whole page, marks its mentions and claim sentence, and draws them', async () => {
    expect(await s.annotations.scanWhole()).toBe(true);
    expect(highlighted(s.registry, 'kc-mention')).toEqual(['Nagorno-Karabakh', 'Nagorno-Karabakh']);
    expect(highlighted(s.registry, 'kc-claim')).toEqual([CLAIM]);
    expect(s.annotations.state('annotating')).toEqual({ status: 'annotating', matches: [{ claimId: expect.any(String), count: 1 }], mentions: 2 });
    expect(s.changes()).toBe(1);
  });

  it('scans only the blocks a page added, keeps the marks elsewhere, and replaces those inside a changed block', async () => {
    await s.annotations.scanWhole();
    const added = [paragraph('Shelling near Stepanakert was reported.'), paragraph(CLAIM)];
    document.body.append(...added);
    expect(await s.annotations.scanAdded(added)).toBe('annotated');
    expect(highlighted(s.registry, 'kc-mention')).toEqual(['Nagorno-Karabakh', 'Nagorno-Karabakh', 'Stepanakert', 'Nagorno-Karabakh']);
    expect(highlighted(s.registry, 'kc-claim')).toEqual([CLAIM, CLAIM]);
    // The first paragraph rewritten: its mark goes, the new one comes, the rest stay.
    const first = document.body.firstElementChild!;
    first.textContent = 'Talks on Artsakh resumed.';
    expect(await s.annotations.scanAdded([first])).toBe('annotated');
    expect(highlighted(s.registry, 'kc-mention')).toEqual(['Artsakh', 'Nagorno-Karabakh', 'Stepanakert', 'Nagorno-Karabakh']);
  });

  it('asks for a whole read when a page that was not about the topic adds a mention', async () => {
    document.body.replaceChildren(paragraph('Wheat prices rose again.'));
    expect(await s.annotations.scanWhole()).toBe(false);
    const added = paragraph('Nothing here either.');
    document.body.append(added);
    expect(await s.annotations.scanAdded([added])).toBe('not-topic');
    const named = paragraph('Talks on Nagorno-Karabakh resumed.');
    document.body.append(named);
    expect(await s.annotations.scanAdded([named])).toBe('read-whole');
  });

  it('one scan at a time: a new whole read or clear() ends the one before, which then changes nothing', async () => {
    const first = s.annotations.scanWhole();
    const second = s.annotations.scanWhole();
    expect(await first).toBeUndefined();
    expect(await second).toBe(true);
    const third = s.annotations.scanWhole();
    s.annotations.clear();
    expect(await third).toBeUndefined();
    expect(s.registry.size).toBe(0);
    expect(s.annotations.marks).toEqual([]);
  });

  it('ends with the content script: a scan under an ended lifetime changes nothing', async () => {
    s.lifetime.abort();
    expect(await s.annotations.scanWhole()).toBeUndefined();
    expect(s.annotations.marks).toEqual([]);
  });
});
