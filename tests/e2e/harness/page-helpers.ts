/**
 * Helpers that work on a page from either browser. Playwright's and Puppeteer's pages share the
 * shape used here: evaluate(fn, arg) runs in the page's main world, screenshot({ path }).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page as PwPage } from 'playwright-core';
import type { Page as PpPage } from 'puppeteer-core';

export type AnyPage = PwPage | PpPage;

export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../artifacts/screenshots');

/** Runs fn(arg) in the page's own JavaScript world and returns its (serialisable) result. */
export function inPage<R, A = undefined>(page: AnyPage, fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
  // Both libraries take (fn, arg); their generic signatures differ, so call through one shape.
  const evaluate = (page as unknown as { evaluate(f: unknown, a: unknown): Promise<R> }).evaluate.bind(page);
  return evaluate(fn, arg);
}

/** Saves a screenshot to tests/artifacts/screenshots/<name>.png and returns the path. */
export async function screenshot(page: AnyPage, name: string, fullPage = false): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`) as `${string}.png`;
  await (page as PwPage).screenshot({ path, fullPage });
  return path;
}

/** Highlight names in the page's CSS.highlights registry (what the page itself can see). */
export function highlightNames(page: AnyPage): Promise<string[]> {
  return inPage(page, () => {
    const names: string[] = [];
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return names;
    CSS.highlights.forEach((_h, name) => names.push(name));
    return names;
  });
}

/** The texts of the ranges in highlight `name`, in registry order; null when there is no such highlight. */
export function readHighlights(page: AnyPage, name: string): Promise<string[] | null> {
  return inPage(
    page,
    (n: string) => {
      const h = CSS.highlights.get(n);
      return h ? [...h].map((r) => r.toString()) : null;
    },
    name,
  );
}

/** Starts recording DOM mutations in the page (call before the extension could act, or right after load). */
export function recordMutations(page: AnyPage): Promise<void> {
  return inPage(page, () => {
    const w = window as unknown as { __kcMutations?: string[] };
    w.__kcMutations = [];
    const describe = (n: Node) => (n instanceof Element ? `<${n.localName}${n.id ? '#' + n.id : ''}>` : n.nodeName);
    new MutationObserver((records) => {
      for (const r of records) {
        w.__kcMutations!.push(`${r.type} on ${describe(r.target)}${r.attributeName ? ' @' + r.attributeName : ''}`);
      }
    }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
}

/** Mutations recorded since recordMutations(). */
export function recordedMutations(page: AnyPage): Promise<string[]> {
  return inPage(page, () => (window as unknown as { __kcMutations?: string[] }).__kcMutations ?? []);
}
