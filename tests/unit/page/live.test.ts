// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { inDocumentOrder, LiveWatch, outermost } from '@/src/page/live';
import type { Mark } from '@/src/page/marks';

function block(tag: string, text: string): HTMLElement {
  const el = document.createElement(tag);
  el.textContent = text;
  return el;
}

/** A watch whose idle callbacks run at once, recording what it hands over. */
function watch(marksAt: (node: Node) => readonly Mark[] | undefined = () => undefined) {
  const batches: Node[][] = [];
  const lifetime = new AbortController();
  const live = new LiveWatch({
    lifecycle: { signal: lifetime.signal, requestIdleCallback: (cb) => setTimeout(() => cb({ didTimeout: false, timeRemaining: () => 50 })) as unknown as number },
    marksAt,
    changed: async (blocks) => {
      batches.push(blocks);
    },
  });
  live.start();
  return { live, batches, lifetime };
}

const settle = () => new Promise((r) => setTimeout(r, 20));

describe('outermost and document order', () => {
  it('keeps the blocks not inside another, in document order, whatever order they came in', () => {
    const article = document.createElement('article');
    const ps = Array.from({ length: 5 }, (_, i) => block('p', `p${i}`));
    const inner = block('div', 'inner');
    ps[2]!.append(inner);
    article.append(...ps);
    document.body.replaceChildren(article);
    const gone = block('p', 'removed');
    expect(outermost(new Set([ps[3]!, inner, ps[1]!, ps[2]!, gone, ps[0]!]))).toEqual([ps[0], ps[1], ps[2], ps[3]]);
  });

  it('orders nodes of several parents', () => {
    const a = block('section', '');
    const b = block('section', '');
    const [a1, a2, b1] = [block('p', 'a1'), block('p', 'a2'), block('p', 'b1')];
    a.append(a1, a2);
    b.append(b1);
    document.body.replaceChildren(a, b);
    expect(inDocumentOrder([b1, a2, a1])).toEqual([a1, a2, b1]);
  });
});

describe('LiveWatch', () => {
  let stop = () => {};
  afterEach(() => stop());

  it('hands over the blocks a page appends, 3,000 at once, as one batch in document order', async () => {
    const article = document.createElement('article');
    document.body.replaceChildren(article);
    const w = watch();
    stop = () => w.live.stop();
    const added = Array.from({ length: 3000 }, (_, i) => block('p', `item ${i}`));
    for (const p of added) article.append(p);
    for (let i = 0; i < 200 && w.batches.length === 0; i++) await settle();
    await settle();
    expect(w.batches).toEqual([added]);
  });

  it('reads an inline change as the block around it, and the whole page for text outside any block', async () => {
    const p = block('p', 'Talks on ');
    document.body.replaceChildren(p);
    const w = watch();
    stop = () => w.live.stop();
    p.append(block('em', 'Karabakh'));
    await settle();
    expect(w.batches).toEqual([[p]]);
    document.body.append(document.createTextNode('loose text'));
    await settle();
    expect(w.batches[1]).toEqual([document.body]);
  });

  it('ignores what is never read (code, form fields) and text set to what it was', async () => {
    const code = block('pre', 'x = 1');
    const p = block('p', 'Unchanged');
    document.body.replaceChildren(code, p);
    const w = watch();
    stop = () => w.live.stop();
    code.append(block('span', 'Karabakh'));
    (p.firstChild as Text).data = 'Unchanged';
    await settle();
    expect(w.batches).toEqual([]);
  });

  it('stops with its lifetime', async () => {
    const article = document.createElement('article');
    document.body.replaceChildren(article);
    const w = watch();
    w.live.stop();
    article.append(block('p', 'late'));
    await settle();
    expect(w.batches).toEqual([]);
  });
});
