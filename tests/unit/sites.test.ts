import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCH_PATTERNS, DEFAULT_NEWS_SITES, isDefaultNewsHost } from '@/src/sites';

describe('default news sites', () => {
  it('covers every region the product promises', () => {
    const regions = new Set(DEFAULT_NEWS_SITES.map((s) => s.region));
    for (const r of ['international', 'armenia', 'azerbaijan', 'russia', 'turkey', 'pakistan', 'india']) {
      expect(regions, r).toContain(r);
    }
  });

  it('never asks for every site', () => {
    for (const p of DEFAULT_MATCH_PATTERNS) {
      expect(p).toMatch(/^\*:\/\/\*\.[a-z0-9.-]+\.[a-z]+\/\*$/);
    }
  });

  it('recognises subdomains but not look-alike domains', () => {
    expect(isDefaultNewsHost('www.dawn.com')).toBe(true);
    expect(isDefaultNewsHost('dawn.com')).toBe(true);
    expect(isDefaultNewsHost('notdawn.com')).toBe(false);
    expect(isDefaultNewsHost('dawn.com.evil.example')).toBe(false);
  });
});
