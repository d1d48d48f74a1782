import { describe, expect, it } from 'vitest';
import { originsFor, patternsToRegister } from '@/src/site-access/patterns';

describe('site access patterns', () => {
  it('asks for the site and its subdomains', () => {
    expect(originsFor('example.org')).toEqual(['*://*.example.org/*']);
  });

  it('registers an added site only when its permission was granted', () => {
    expect(patternsToRegister(['example.org'], [])).toEqual([]);
    expect(patternsToRegister(['example.org'], ['*://*.example.org/*'])).toEqual(['*://*.example.org/*']);
    expect(patternsToRegister(['example.org', 'other.net'], ['*://*.example.org/*'])).toEqual(['*://*.example.org/*']);
  });

  it('counts a parent-domain or all-sites grant, and an exact origin granted by hand', () => {
    expect(patternsToRegister(['news.example.org'], ['*://*.example.org/*'])).toEqual(['*://*.news.example.org/*']);
    expect(patternsToRegister(['example.org'], ['<all_urls>', '*://*/*'])).toEqual(['*://*.example.org/*']);
    expect(patternsToRegister(['example.org'], ['https://www.example.org/*'])).toEqual(['https://www.example.org/*']);
  });

  it('ignores grants for other sites that merely end the same way', () => {
    expect(patternsToRegister(['example.org'], ['*://*.badexample.org/*', 'https://notexample.org/*'])).toEqual([]);
  });
});
