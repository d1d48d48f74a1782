/**
 * Import by file picker or by drop. Each file is imported on its own; a rejected file shows every
 * error (file, JSON path, rule) and changes nothing.
 */
import { useState } from 'preact/hooks';
import { formatNumber, t } from '@/src/i18n/t';
import { importPackFile } from '@/src/packs/store';
import type { PackError } from '@/src/packs/types';
import { describePackError } from './pack-errors';
import type { Announce } from './save';

const SHOWN_ERRORS = 20;

interface Failure {
  file: string;
  errors: PackError[];
}

export function PackImport({ announce }: { announce: Announce }) {
  const [failures, setFailures] = useState<Failure[]>([]);
  const [dragging, setDragging] = useState(false);

  const importAll = async (files: Iterable<File>) => {
    const failed: Failure[] = [];
    for (const file of files) {
      const result = await importPackFile(file);
      if (result.ok) announce(t('optionsImported', [result.pack.title, file.name]));
      else failed.push({ file: file.name, errors: result.errors });
    }
    setFailures(failed);
  };

  return (
    <div
      class={dragging ? 'drop-zone dragging' : 'drop-zone'}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        if (e.dataTransfer) void importAll(Array.from(e.dataTransfer.files));
      }}
    >
      <label for="pack-file">{t('optionsImportLabel')}</label>
      <input
        id="pack-file"
        type="file"
        accept=".json,.jsonld,application/json,application/ld+json"
        multiple
        onChange={(e) => {
          const input = e.currentTarget;
          void importAll(Array.from(input.files ?? [])).then(() => {
            // Lets the same file be chosen again after it is fixed.
            input.value = '';
          });
        }}
      />
      <p class="hint">{t('optionsDropZone')}</p>
      {failures.length > 0 && (
        <div class="import-errors" role="alert">
          {failures.map((f) => (
            <div key={f.file} data-file={f.file}>
              <p class="error">{t('optionsImportFailed', f.file)}</p>
              <ul>
                {f.errors.slice(0, SHOWN_ERRORS).map((e, i) => (
                  <li key={i} data-rule={e.rule} data-path={e.path}>
                    {describePackError(e)}
                  </li>
                ))}
              </ul>
              {f.errors.length > SHOWN_ERRORS && <p>{t('optionsImportMoreErrors', formatNumber(f.errors.length - SHOWN_ERRORS))}</p>}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
