/** No UI string is hard-coded in any component of the extension: all of it comes through t(). */
import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hardCodedStrings, tsxFiles } from './jsx-text';

const ROOT = resolve(import.meta.dirname, '../../..');

describe('no hard-coded UI strings', () => {
  it('the scanner finds text nodes, string children and text attributes, and lets punctuation and t() through', () => {
    const sample = [
      'const a = <p>Hello</p>;',
      "const b = <p>{'Hi there'}</p>;",
      'const c = <button aria-label="Close" title={"Tip"} class="x" />;',
      "const d = <p>{t('k')}{' · '}{n}: 42</p>;",
      'const e = <input placeholder={t("k")} type="text" />;',
    ].join('\n');
    expect(hardCodedStrings(ROOT, join(ROOT, 'sample.tsx'), sample)).toEqual([
      'sample.tsx:1: Hello',
      'sample.tsx:2: Hi there',
      'sample.tsx:3: aria-label="Close"',
      'sample.tsx:3: title="Tip"',
    ]);
  });

  const files = ['src', 'entrypoints'].flatMap((d) => tsxFiles(join(ROOT, d)));
  it.each(files.map((f) => [relative(ROOT, f), f]))('%s', (_name, file) => {
    expect(hardCodedStrings(ROOT, file, readFileSync(file, 'utf8'))).toEqual([]);
  });
});
