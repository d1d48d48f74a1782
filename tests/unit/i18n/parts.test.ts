import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { tParts } from '@/src/i18n/parts';

afterEach(() => vi.restoreAllMocks());

describe('tParts', () => {
  it('puts each part where the translation puts its placeholder', () => {
    // A language that names the answerer before the verb.
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((_key, subs) => `${[subs].flat()[0]} tarafından reddedildi`);
    expect(tParts('answerBy_denial', [{ who: 1 }])).toEqual([{ who: 1 }, ' tarafından reddedildi']);
  });

  it('handles several parts in any order', () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation((_key, subs) => {
      const [a, b, c] = [subs].flat();
      return `${c} — ${a}, ${b}`;
    });
    expect(tParts('glanceLine', ['A', 'B', 'C'])).toEqual(['C', ' — ', 'A', ', ', 'B']);
  });
});
