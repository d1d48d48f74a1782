/**
 * From file text to a JSON value, with the two checks that must come before any validation: the size
 * cap (so a huge file is never parsed) and a syntax error that says where it is.
 */
import type { PackError } from './types';

export const MAX_PACK_BYTES = 5 * 1024 * 1024;

/** UTF-8 size without encoding a string that is certainly small or certainly too big. */
export function utf8Bytes(text: string): number {
  // A UTF-16 unit is 1 to 3 UTF-8 bytes (a surrogate pair, 2 units, is 4), so length ≤ bytes ≤ 3 × length.
  if (text.length > MAX_PACK_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}

export function sizeError(file: string, bytes: number): PackError | undefined {
  if (bytes <= MAX_PACK_BYTES) return undefined;
  const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
  return { file, path: '$', rule: 'size', message: `the file is ${mb(bytes)} MB; the limit is ${mb(MAX_PACK_BYTES)} MB` };
}

export type ParseResult = { ok: true; json: unknown } | { ok: false; errors: PackError[] };

export function parsePackText(file: string, text: string): ParseResult {
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
