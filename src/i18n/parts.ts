/**
 * A message with live parts in it (a marked name, a link, a <time>): the parts go where the
 * translation puts their placeholders, so each language keeps its own word order.
 */
import { t, type MessageKey } from './t';

const OPEN = '\uE000';
const CLOSE = '\uE001';
const SLOT = new RegExp(`${OPEN}(\\d+)${CLOSE}`, 'g');

export function tParts<T>(key: MessageKey, parts: readonly T[]): (string | T)[] {
  const text = t(key, parts.map((_, i) => `${OPEN}${i}${CLOSE}`));
  const out: (string | T)[] = [];
  let at = 0;
  for (const m of text.matchAll(SLOT)) {
    if (m.index > at) out.push(text.slice(at, m.index));
    out.push(parts[Number(m[1])]!);
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}
