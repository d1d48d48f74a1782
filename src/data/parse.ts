/**
 * From file text to a JSON value, with the two checks that must come before any validation: the size
 * cap (so a huge file is never parsed) and a syntax error that says where it is. The CLI, the tests and
 * the options page all read datasets and packs through here.
 */
import type { DataError } from './errors';

export const MAX_DATASET_BYTES = 5 * 1024 * 1024;

/** UTF-8 size without encoding a string that is certainly too big. */
export function utf8Bytes(text: string): number {
  // A UTF-16 unit is 1 to 3 UTF-8 bytes (a surrogate pair, 2 units, is 4), so length ≤ bytes ≤ 3 × length.
  if (text.length > MAX_DATASET_BYTES) return text.length;
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // 0x80-0x7FF take 2 bytes, the rest of the BMP 3; a surrogate pair is 4 (2 + 2 here), a lone one 3 (as U+FFFD).
    if (c >= 0x800) bytes += c >= 0xd800 && c <= 0xdfff && isPaired(text, i) ? 1 : 2;
    else if (c >= 0x80) bytes += 1;
  }
  return bytes;
}

function isPaired(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const neighbour = c <= 0xdbff ? text.charCodeAt(i + 1) : text.charCodeAt(i - 1);
  return c <= 0xdbff ? neighbour >= 0xdc00 && neighbour <= 0xdfff : neighbour >= 0xd800 && neighbour <= 0xdbff;
}

export function sizeError(file: string, bytes: number): DataError | undefined {
  if (bytes <= MAX_DATASET_BYTES) return undefined;
  const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
  const size = bytes - MAX_DATASET_BYTES < 0.05 * 1024 * 1024 ? `${bytes.toLocaleString('en')} bytes` : `${mb(bytes)} MB`;
  return { file, path: '$', rule: 'size', message: `the file is ${size}; the limit is ${mb(MAX_DATASET_BYTES)} MB` };
}

type ParseResult = { ok: true; json: unknown } | { ok: false; errors: DataError[] };

export function parseDatasetText(file: string, text: string): ParseResult {
  const tooBig = sizeError(file, utf8Bytes(text));
  if (tooBig) return { ok: false, errors: [tooBig] };
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (e) {
    const detail = (e as Error).message;
    const where = jsonErrorPosition(text, detail);
    const at = where ? ` at line ${where.line}, column ${where.column}` : '';
    return { ok: false, errors: [{ file, path: '$', rule: 'json', message: `not valid JSON${at}: ${detail}` }] };
  }
}

/** Engines word syntax errors differently: V8 gives an offset ("at position 12"), Gecko a line and column. */
export function jsonErrorPosition(text: string, message: string): { line: number; column: number } | undefined {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(message);
  let offset: number;
  if (pos) offset = Number(pos[1]);
  else if (/unexpected end/i.test(message)) offset = text.length;
  else return undefined;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
