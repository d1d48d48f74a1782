/**
 * Saves text as a file without any network: a Blob URL and a click on an <a download>. No downloads
 * permission, and it works the same in Chromium and Firefox.
 */
import type { ExportFile } from '@/src/packs/store';

export function downloadJson({ fileName, text }: ExportFile): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // The click starts the download synchronously; the URL is only needed until then.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
