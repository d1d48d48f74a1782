import { describe, expect, it } from 'vitest';
import { linkHost, linkProblem, lookalikeHost } from '@/src/data/links';
import { validateDataset } from '@/src/data/validate';
import { samplePack } from '../packs/pack-fixture';

describe('source links name a public site plainly', () => {
  it.each([
    'https://www.reuters.com/world/asia-pacific/pakistan-denies-2020-10-02/',
    'https://reuters.com:443/a',
    'https://dailytimes.com.pk/672283/',
    'https://пример.рф/новости',
    'https://例え.jp/',
  ])('accepts %s', (url) => {
    expect(linkProblem(url)).toBeUndefined();
  });

  it.each([
    ['https://reuters.com@evil.example/', /user name or password/],
    ['https://user:pw@reuters.com/', /user name or password/],
    ['https://127.0.0.1/', /IP address/],
    ['https://127.1/', /IP address/],
    ['https://0x7f.1/', /IP address/],
    ['https://2130706433/', /IP address/],
    ['https://１２７．０．０．１/', /IP address/],
    ['https://[::1]/', /IP address/],
    ['https://[2001:db8::1]:443/', /IP address/],
    ['https://localhost/', /single name/],
    ['https://intranet./', /single name/],
    ['https://reuters.com:8443/', /port 8443/],
    ['https://reuters..com/', /empty part/],
    ['https://reu_ters.com/', /characters no site name has/],
    ['https://reuters.com%2e.evil/', /characters no site name has/],
    ['https:///path', /no host/],
  ])('refuses %s', (url, problem) => {
    expect(linkProblem(url)).toMatch(problem);
  });

  it('reads the host where a browser would: a backslash ends it', () => {
    expect(linkHost('https://evil.example\\@reuters.com/')).toBe('evil.example');
    expect(linkProblem('https://evil.example\\@reuters.com/')).toBeUndefined();
  });
});

describe('look-alike hosts are flagged', () => {
  it.each([
    ['https://xn--80ak6aa92e.com/', /punycode/],
    ['https://www.xn--pple-43d.com/', /punycode/],
    ['https://аpple.com/', /mixes letters of Latin and Cyrillic/],
    ['https://reuters.cοm/', /mixes letters of Latin and Greek/],
    ['https://аррӏе.com/', /Cyrillic letters that look Latin/],
  ])('%s', (url, reason) => {
    expect(lookalikeHost(url)).toMatch(reason);
  });

  it.each(['https://www.reuters.com/', 'https://пример.рф/', 'https://газета.рф/', 'https://例えtest.jp/', 'https://한국.kr/'])('not %s', (url) => {
    expect(lookalikeHost(url)).toBeUndefined();
  });
});

describe('in a pack', () => {
  it('a refused link is an error at its path; a look-alike one is a warning and the pack is accepted', () => {
    const bad = samplePack('links');
    bad.sources[0]!.url = 'https://reuters.com@evil.example/a';
    const refused = validateDataset(bad, 'links.json');
    expect(!refused.ok && refused.errors.map((e) => `${e.path} ${e.rule}`)).toEqual(['$.sources[0].url link-host']);

    const lookalike = samplePack('lookalike');
    lookalike.sources[0]!.url = 'https://аpple.com/a';
    const accepted = validateDataset(lookalike, 'lookalike.json');
    expect(accepted.ok).toBe(true);
    expect(accepted.ok && accepted.warnings?.map((e) => `${e.path} ${e.rule}`)).toEqual(['$.sources[0].url lookalike-host']);
  });
});
