import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { normalizeHost } from '@/src/settings/hosts';
import { addSite, getSiteLists, isPaused, pauseSite, removeSite, resumeSite, watchSiteLists } from '@/src/settings/site-lists';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('normalizeHost', () => {
  it('turns what a reader pastes into a bare hostname', () => {
    expect(normalizeHost('  https://www.Example.org/a?b#c ')).toBe('example.org');
    expect(normalizeHost('news.example.co.uk.')).toBe('news.example.co.uk');
    expect(normalizeHost('http://example.org:8080')).toBe('example.org');
  });

  it('rejects what is not a site', () => {
    for (const bad of ['', 'localhost', 'javascript:alert(1)', 'file:///etc/passwd', '127.0.0.1', 'exa mple.org', '-bad.org']) {
      expect(normalizeHost(bad), bad).toBeUndefined();
    }
  });
});

describe('site lists', () => {
  it('adds, refuses duplicates and default sites, removes', async () => {
    expect(await addSite('https://www.example.org/x')).toEqual({ ok: true, host: 'example.org' });
    expect(await addSite('example.org')).toEqual({ ok: false, reason: 'duplicate' });
    expect(await addSite('www.dawn.com')).toEqual({ ok: false, reason: 'default' });
    expect(await addSite('nonsense')).toEqual({ ok: false, reason: 'invalid' });
    expect(await addSite('other.net')).toMatchObject({ ok: true });
    await removeSite('example.org');
    expect((await getSiteLists()).added).toEqual(['other.net']);
  });

  it('pauses and resumes, and a paused domain covers its subdomains', async () => {
    expect(await pauseSite('https://dawn.com/news')).toBe('dawn.com');
    await pauseSite('dawn.com');
    expect((await getSiteLists()).paused).toEqual(['dawn.com']);
    expect(isPaused('www.dawn.com', ['dawn.com'])).toBe(true);
    expect(isPaused('notdawn.com', ['dawn.com'])).toBe(false);
    await resumeSite('dawn.com');
    expect((await getSiteLists()).paused).toEqual([]);
  });

  it('tells watchers when either list changes', async () => {
    const seen: unknown[] = [];
    const unwatch = watchSiteLists((l) => seen.push(l));
    await addSite('example.org');
    await new Promise((r) => setTimeout(r, 0));
    await pauseSite('example.org');
    await new Promise((r) => setTimeout(r, 0));
    unwatch();
    expect(seen).toEqual([
      { added: ['example.org'], paused: [] },
      { added: ['example.org'], paused: ['example.org'] },
    ]);
  });
});
