// @vitest-environment happy-dom
/**
 * The hover and keyboard rules of the card, on the clock they run by (fake timers): the card opens
 * after the hover delay over a claim sentence, stays while the pointer rests on it or on the card,
 * closes once the pointer has left both for the leave grace, and only the reader's own input counts.
 * The browser tests show the same card in real browsers; the timings are checked here, to the
 * millisecond, without waiting for them.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CardControl, type Lifecycle } from '@/src/page/card-control';
import { isCardHost } from '@/src/page/card/CardHost';
import type { Mark } from '@/src/page/marks';
import { dataset } from '../../support/claim-fixture';
import { stubI18n } from '../../support/i18n-stub';
import { asIfTrusted } from '../../support/trusted-event';

const HOVER_DELAY = 300;

/** A claim sentence on one line from (100, 100) to (400, 120), as the browser would lay it out. */
function claimMark(): Mark {
  const p = document.createElement('p');
  p.textContent = 'A report said Pakistani troops fought in Agdam.';
  document.body.append(p);
  const range = document.createRange();
  range.selectNodeContents(p);
  range.getClientRects = () => [new DOMRect(100, 100, 300, 20)] as unknown as DOMRectList;
  const text = p.firstChild!;
  return { kind: 'claim', range, startNode: text, endNode: text, startOffset: 0, endOffset: text.textContent!.length, claimId: 'pakistani-troops', terms: ['troops'] };
}

function setUp() {
  const controller = new AbortController();
  const lifecycle: Lifecycle = {
    signal: controller.signal,
    setTimeout: (handler, timeout) => window.setTimeout(handler, timeout),
    // One frame, on the fake clock.
    requestAnimationFrame: (callback) => window.setTimeout(() => callback(performance.now()), 16),
    requestIdleCallback: (callback) => window.setTimeout(() => callback({ didTimeout: false, timeRemaining: () => 10 }), 1),
  };
  const mark = claimMark();
  const setActive = vi.fn();
  const onOpenInPopup = vi.fn();
  const control = new CardControl({
    lifecycle,
    datasets: () => [dataset],
    theme: () => 'light',
    hoverDelayMs: () => HOVER_DELAY,
    onOpenInPopup,
    highlighter: { setActive },
    claims: () => [mark],
  });
  control.marksChanged();
  control.listen();
  const cardShown = () => [...document.documentElement.children].some(isCardHost);
  const host = () => [...document.documentElement.children].find(isCardHost)!;
  const pointer = (x: number, y: number, trusted = true) => {
    const e = new PointerEvent('pointermove', { clientX: x, clientY: y, bubbles: true });
    window.dispatchEvent(trusted ? asIfTrusted(e) : e);
  };
  return { control, mark, setActive, cardShown, host, pointer, end: () => controller.abort() };
}

describe('the card under the pointer and the keys', () => {
  let t: ReturnType<typeof setUp>;
  beforeEach(() => {
    stubI18n();
    vi.useFakeTimers();
    t = setUp();
  });
  afterEach(() => {
    t.control.close();
    t.end();
    vi.useRealTimers();
    vi.restoreAllMocks();
    document.body.replaceChildren();
  });

  it('opens after the hover delay over a claim sentence, and not before', () => {
    t.pointer(150, 110);
    vi.advanceTimersByTime(16 + HOVER_DELAY - 1);
    expect(t.cardShown()).toBe(false);
    vi.advanceTimersByTime(1);
    expect(t.cardShown()).toBe(true);
  });

  it('opens nothing when the pointer only passes over the sentence', () => {
    t.pointer(150, 110);
    vi.advanceTimersByTime(100);
    t.pointer(150, 300);
    vi.advanceTimersByTime(2000);
    expect(t.cardShown()).toBe(false);
  });

  it('ignores a page script\'s synthetic pointer and Escape', () => {
    t.pointer(150, 110, false);
    vi.advanceTimersByTime(2000);
    expect(t.cardShown()).toBe(false);
    t.pointer(150, 110);
    vi.advanceTimersByTime(1000);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    t.pointer(150, 300, false);
    vi.advanceTimersByTime(2000);
    expect(t.cardShown()).toBe(true);
    window.dispatchEvent(asIfTrusted(new KeyboardEvent('keydown', { key: 'Escape' })));
    expect(t.cardShown()).toBe(false);
  });

  it('closes once the pointer has left the sentence for the leave grace, and stays while it rests on the card', () => {
    t.pointer(150, 110);
    vi.advanceTimersByTime(1000);
    t.pointer(150, 300);
    vi.advanceTimersByTime(16 + 399);
    expect(t.cardShown()).toBe(true);
    // The pointer reaches the card within the grace: it stays as long as the pointer does.
    t.host().dispatchEvent(asIfTrusted(new PointerEvent('pointerenter')));
    vi.advanceTimersByTime(5000);
    expect(t.cardShown()).toBe(true);
    t.host().dispatchEvent(asIfTrusted(new PointerEvent('pointerleave')));
    vi.advanceTimersByTime(399);
    expect(t.cardShown()).toBe(true);
    vi.advanceTimersByTime(1);
    expect(t.cardShown()).toBe(false);
  });

  it('moves to the claim sentence with the keyboard, marks it active and keeps its card until Escape', () => {
    expect(t.control.move('next-match')).toBe(true);
    expect(t.setActive).toHaveBeenLastCalledWith(t.mark.range);
    expect(t.cardShown()).toBe(true);
    // A card the keyboard opened does not close because the pointer is elsewhere.
    t.pointer(10, 10);
    vi.advanceTimersByTime(5000);
    expect(t.cardShown()).toBe(true);
    window.dispatchEvent(asIfTrusted(new KeyboardEvent('keydown', { key: 'Escape' })));
    expect(t.cardShown()).toBe(false);
  });
});
