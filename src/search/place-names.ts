/**
 * Place names in every spelling, as token sequences. A query in any spelling ("Khankendi",
 * "Нагорный Карабах", "Արցախ") becomes the canonical place, and every text that names that place in any
 * spelling carries it, so the two meet whatever the scripts.
 *
 * The table itself comes from core (src/core/names.ts); this module only compiles it for the index.
 */
import { normalizeWord, type Token } from './normalize';

/** One spelling and the place (or the region) it names: the shape of a row of core's NAMES table. */
export interface PlaceSpelling {
  spelling: string;
  canonical: string;
}

/** A place named in a token list: tokens [from, to) spell `canonical`. */
interface PlaceHit {
  from: number;
  to: number;
  canonical: string;
}

interface Spelling {
  words: string[];
  canonical: string;
}

export interface PlaceMatcher {
  /** Every named place in a token list, longest spelling first at each position, no overlaps. */
  find(tokens: readonly Token[]): PlaceHit[];
  /**
   * Places whose spelling the query's last words begin: "нагорный кара" is on its way to
   * "Нагорный Карабах". `count` is how many trailing tokens the guess covers.
   */
  completing(tokens: readonly Token[], minChars: number): { canonical: string; count: number }[];
  canonicals(): string[];
}

function words(spelling: string): string[] {
  return [...spelling.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((m) => normalizeWord(m[0])).filter(Boolean);
}

export function compilePlaceNames(names: readonly PlaceSpelling[]): PlaceMatcher {
  // Keyed by first word, so a text costs one map lookup per token.
  const byFirst = new Map<string, Spelling[]>();
  const all: Spelling[] = [];
  const rows = [...names, ...names.map((n) => ({ spelling: n.canonical, canonical: n.canonical }))];
  const seen = new Set<string>();
  for (const row of rows) {
    const w = words(row.spelling);
    const first = w[0];
    const key = w.join(' ');
    if (first === undefined || seen.has(key)) continue;
    seen.add(key);
    const sp = { words: w, canonical: row.canonical };
    all.push(sp);
    const list = byFirst.get(first) ?? [];
    list.push(sp);
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);

  return {
    find(tokens) {
      const hits: PlaceHit[] = [];
      for (let i = 0; i < tokens.length; ) {
        const list = byFirst.get(tokens[i]!.norm);
        const sp = list?.find((s) => s.words.every((w, k) => tokens[i + k]?.norm === w));
        if (sp) {
          hits.push({ from: i, to: i + sp.words.length, canonical: sp.canonical });
          i += sp.words.length;
        } else {
          i++;
        }
      }
      return hits;
    },
    completing(tokens, minChars) {
      const out = new Map<string, number>();
      for (const sp of all) {
        // Try the spelling against the last 1..n tokens of the query.
        for (let count = Math.min(sp.words.length, tokens.length); count >= 1; count--) {
          const tail = tokens.slice(tokens.length - count);
          const last = tail[count - 1]!.norm;
          if (last.length < minChars && count === 1) continue;
          const ok = tail.every((t, k) =>
            k < count - 1 ? t.norm === sp.words[k] : sp.words[k]!.startsWith(t.norm) && sp.words[k] !== t.norm,
          );
          if (ok) {
            out.set(sp.canonical, Math.max(out.get(sp.canonical) ?? 0, count));
            break;
          }
        }
      }
      return [...out].map(([canonical, count]) => ({ canonical, count }));
    },
    canonicals() {
      return [...new Set(names.map((n) => n.canonical))];
    },
  };
}
