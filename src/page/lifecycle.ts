/**
 * The content script's lifecycle: one signal that ends when this extension's own context is gone
 * (reloaded, updated or removed: `browser.runtime.id` is then undefined), or when a newer copy of
 * the same script starts in this frame, and never because of anything the page does.
 *
 * It stands in for WXT's ContentScriptContext, which wxt.config.ts swaps out of the content-script
 * wrapper. WXT's context tells the page that the script started (a window.postMessage and a
 * CustomEvent on document, both named "<extension id>:<script>:wxt:content-script-started") and
 * stops the script when the page dispatches that event with another messageId: a page could hear us
 * and switch us off. Here copies of a script find each other through a registry in the content
 * scripts' own world, which the page can neither see nor write.
 */
import { browser } from 'wxt/browser';

const REGISTRY = Symbol.for('karabakh-context/lifecycles');
type Holder = { [REGISTRY]?: Map<string, PageLifecycle> };

export class PageLifecycle {
  private readonly controller = new AbortController();
  private readonly timeouts = new Set<number>();
  private readonly intervals = new Set<number>();
  private readonly frames = new Set<number>();
  private readonly idles = new Set<number>();

  /** `name`: the entrypoint's name; WXT's wrapper also passes the entrypoint's options, unused here. */
  constructor(readonly name: string) {
    const registry = ((globalThis as Holder)[REGISTRY] ??= new Map());
    registry.get(name)?.abort('A newer copy of this content script started in this frame');
    registry.set(name, this);
    this.onInvalidated(() => {
      if (registry.get(name) === this) registry.delete(name);
      for (const id of this.timeouts) clearTimeout(id);
      for (const id of this.intervals) clearInterval(id);
      for (const id of this.frames) cancelAnimationFrame(id);
      for (const id of this.idles) cancelIdleCallback(id);
    });
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  /**
   * False once the extension's context is gone. Nothing announces that to a content script, so
   * asking is what notices it: every timer callback below asks first (run.ts keeps one interval
   * ticking for that).
   */
  get isValid(): boolean {
    if (!this.signal.aborted && browser.runtime?.id == null) this.abort('Extension context invalidated');
    return !this.signal.aborted;
  }

  abort(reason?: unknown): void {
    this.controller.abort(reason);
  }

  /** Calls `cb` once, when the lifecycle ends; returns a function that removes it. */
  onInvalidated(cb: () => void): () => void {
    if (this.signal.aborted) {
      cb();
      return () => {};
    }
    this.signal.addEventListener('abort', cb, { once: true });
    return () => this.signal.removeEventListener('abort', cb);
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = window.setTimeout(() => {
      this.timeouts.delete(id);
      if (this.isValid) handler();
    }, timeout);
    this.timeouts.add(id);
    return id;
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = window.setInterval(() => {
      if (this.isValid) handler();
    }, timeout);
    this.intervals.add(id);
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = requestAnimationFrame((time) => {
      this.frames.delete(id);
      if (this.isValid) callback(time);
    });
    this.frames.add(id);
    return id;
  }

  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number {
    const id = requestIdleCallback((deadline) => {
      this.idles.delete(id);
      if (this.isValid) callback(deadline);
    }, options);
    this.idles.add(id);
    return id;
  }
}

/**
 * The lifecycle WXT handed to an entrypoint's main(). It must be ours: should a WXT upgrade bypass
 * the swap in wxt.config.ts, the content script stops here, loudly, rather than run with a context
 * the page can hear and switch off.
 */
export function ownLifecycle(ctx: unknown): PageLifecycle {
  if (ctx instanceof PageLifecycle) return ctx;
  throw new Error("Content script started with WXT's own context: wxt.config.ts must swap in PageLifecycle");
}
