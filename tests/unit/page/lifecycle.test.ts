// @vitest-environment happy-dom
/**
 * The content script's lifecycle says nothing to the page and cannot be ended by it: only the
 * extension's own context going away, or a newer copy of the same script, ends it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ownLifecycle, PageLifecycle } from '@/src/page/lifecycle';

const started = (name: string) => `${fakeBrowser.runtime.id}:${name}:wxt:content-script-started`;

afterEach(() => {
  fakeBrowser.reset();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('PageLifecycle', () => {
  it('starts without a word to the page: no postMessage, no event on document or window', () => {
    const posted = vi.spyOn(window, 'postMessage');
    const dispatched = vi.spyOn(EventTarget.prototype, 'dispatchEvent');
    const ctx = new PageLifecycle('news');
    expect(posted).not.toHaveBeenCalled();
    expect(dispatched).not.toHaveBeenCalled();
    ctx.abort();
  });

  it("keeps running when the page dispatches WXT's start-up event with another messageId", () => {
    const ctx = new PageLifecycle('news');
    for (const target of [document, window]) {
      target.dispatchEvent(new CustomEvent(started('news'), { detail: { contentScriptName: 'news', messageId: 'page' } }));
    }
    window.postMessage({ type: started('news'), contentScriptName: 'news', messageId: 'page' }, '*');
    expect(ctx.signal.aborted).toBe(false);
    expect(ctx.isValid).toBe(true);
    ctx.abort();
  });

  it('ends when a newer copy of the same script starts in this frame, and only then', () => {
    const first = new PageLifecycle('news');
    const other = new PageLifecycle('annotator');
    const ended = vi.fn();
    first.onInvalidated(ended);
    const second = new PageLifecycle('news');
    expect(first.signal.aborted).toBe(true);
    expect(ended).toHaveBeenCalledTimes(1);
    expect(other.signal.aborted).toBe(false);
    expect(second.signal.aborted).toBe(false);
    other.abort();
    second.abort();
  });

  it("ends when the extension's context is gone, and its timers stop", () => {
    vi.useFakeTimers();
    const ctx = new PageLifecycle('news');
    const tick = vi.fn();
    const later = vi.fn();
    ctx.setInterval(tick, 100);
    vi.advanceTimersByTime(250);
    expect(tick).toHaveBeenCalledTimes(2);

    ctx.setTimeout(later, 300);
    fakeBrowser.runtime.id = undefined as unknown as string;
    vi.advanceTimersByTime(100);
    // The interval's next tick asked, and the answer ended the lifecycle.
    expect(ctx.signal.aborted).toBe(true);
    expect(ctx.isValid).toBe(false);
    vi.advanceTimersByTime(1000);
    expect(tick).toHaveBeenCalledTimes(2);
    expect(later).not.toHaveBeenCalled();
  });

  it("refuses to run a content script with any other context (WXT's own, should the swap fail)", () => {
    const ctx = new PageLifecycle('news');
    expect(ownLifecycle(ctx)).toBe(ctx);
    expect(() => ownLifecycle({ signal: new AbortController().signal })).toThrow(/PageLifecycle/);
    ctx.abort();
  });
});
