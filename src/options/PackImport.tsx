/**
 * Import by file picker or by drop. Each file is imported on its own; a rejected file shows its errors
 * (file, JSON path, rule; about a hundred at most, then how many more) and changes nothing. A pack that
 * imported with warnings (a look-alike link host) says so.
 */
import { useState } from 'preact/hooks';
import { t } from '@/src/i18n/t';
import { ErrorList } from './ErrorList';
import { importFiles, type FileOutcome } from './import-files';
import { isolate } from './pack-errors';
import type { Announce } from './save';

export function PackImport({ announce }: { announce: Announce }) {
  const [outcomes, setOutcomes] = useState<FileOutcome[]>([]);
  const [dragging, setDragging] = useState(false);

  const importAll = async (files: File[]) => {
    const done = await importFiles(files);
    for (const o of done) if (o.ok) announce(t('optionsImported', [isolate(o.pack.title), isolate(o.file)]));
    setOutcomes(done);
  };
  const failures = outcomes.filter((o) => !o.ok);
  const warned = outcomes.filter((o) => o.ok && o.warnings);

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
          {failures.map((f, i) => (
            <div key={i} data-file={f.file}>
              <p class="error">{t('optionsImportFailed', isolate(f.file))}</p>
              {!f.ok && <ErrorList errors={f.errors} more={f.more} />}
            </div>
          ))}
        </div>
      )}
      {warned.length > 0 && (
        <div class="import-warnings" role="status">
          {warned.map((w, i) => (
            <div key={i} data-file={w.file}>
              <p>{w.ok && t('optionsImportedWithWarnings', [isolate(w.file), isolate(w.pack.title)])}</p>
              {w.ok && w.warnings && <ErrorList errors={w.warnings} />}
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
