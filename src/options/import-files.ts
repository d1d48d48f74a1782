/**
 * Imports the files a reader chose or dropped, one after another, each on its own: whatever happens to
 * one file (an error, a read failure, even an exception thrown by a check) becomes that file's
 * outcome, and the next file is still imported.
 */
import { importPackFile } from '@/src/packs/store';
import type { ImportResult } from '@/src/packs/types';

export type FileOutcome = ImportResult & { file: string };

export async function importFiles(files: Iterable<File>, importOne: (file: File) => Promise<ImportResult> = importPackFile): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const file of files) {
    let result: ImportResult;
    try {
      result = await importOne(file);
    } catch (e) {
      result = { ok: false, errors: [{ file: file.name, path: '$', rule: 'internal', message: String((e as Error)?.message ?? e) }] };
    }
    outcomes.push({ ...result, file: file.name });
  }
  return outcomes;
}
