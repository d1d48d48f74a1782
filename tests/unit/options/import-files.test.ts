import { describe, expect, it } from 'vitest';
import { importFiles } from '@/src/options/import-files';
import type { ImportResult } from '@/src/packs/types';

describe('importing several files', () => {
  it('one file’s exception becomes its error and the files after it are still imported', async () => {
    const seen: string[] = [];
    const importOne = async (file: File): Promise<ImportResult> => {
      seen.push(file.name);
      if (file.name === 'throws.json') throw new RangeError('Maximum call stack size exceeded');
      return { ok: false, errors: [{ file: file.name, path: '$', rule: 'json', message: 'not valid JSON' }] };
    };
    const outcomes = await importFiles([new File(['{'], 'a.json'), new File(['{'], 'throws.json'), new File(['{'], 'c.json')], importOne);
    expect(seen).toEqual(['a.json', 'throws.json', 'c.json']);
    expect(outcomes.map((o) => [o.file, o.ok ? 'ok' : o.errors[0]!.rule])).toEqual([
      ['a.json', 'json'],
      ['throws.json', 'internal'],
      ['c.json', 'json'],
    ]);
    expect(!outcomes[1]!.ok && outcomes[1]!.errors[0]).toEqual({ file: 'throws.json', path: '$', rule: 'internal', message: 'Maximum call stack size exceeded' });
  });
});
