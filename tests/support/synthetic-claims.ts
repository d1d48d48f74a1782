/**
 * Synthetic claim packs for benchmarks (and the popup's search benchmark): many claims in the
 * bundled data's shape, worded from a news-like vocabulary in which topic words (Azerbaijan, troops,
 * ceasefire...) are common, so the matcher's pre-filter meets realistic postings. Deterministic: the
 * same size and seed give the same pack.
 */
import type { Dataset } from '../../src/data/schema';

/** A small deterministic generator (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPIC = `Azerbaijan Armenia Karabakh Baku Yerevan Stepanakert troops soldiers army forces ceasefire truce
  offensive shelling drones border peacekeepers refugees corridor talks mediators Moscow Ankara Turkey Russia
  Iran Pakistan Israel mercenaries weapons missiles civilians villages ministry spokesman denied accused claimed
  reported alleged rejected violated launched attacked captured withdrew negotiated signed`.split(/\s+/);

const COMMON = `government officials said statement week report new region people country city international
  president minister foreign defence security military political economic local national agreement support
  forces attack war peace conflict crisis plan deal public media sources according video footage images
  footage interview agency news television channel newspaper online social network post photo pictured
  evidence investigation commission council parliament election campaign opposition protest rally police
  court trial prison sentence law order rights humanitarian aid food water energy gas oil pipeline railway
  road bridge airport flight border crossing checkpoint camp shelter hospital school church mosque museum
  monument heritage culture history archive document letter phone call meeting summit conference visit`.split(/\s+/);

/** Invented words: the long tail of names and rare words a real pack would have. */
function inventWords(next: () => number, n: number): string[] {
  const syllables = ['ka', 'ra', 'ba', 'kh', 'an', 'sto', 'mir', 'zer', 'lu', 'ta', 'vo', 'gen', 'dra', 'pol', 'is', 'sha', 'ne', 'ur', 'el', 'qo'];
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let w = '';
    // Three or four syllables: like names and rare nouns, these seldom collide by accident.
    const len = 3 + Math.floor(next() * 2);
    for (let k = 0; k < len; k++) w += syllables[Math.floor(next() * syllables.length)];
    out.push(w);
  }
  return out;
}

function sentence(next: () => number, rare: string[], words: number, own: string[] = []): string {
  const out: string[] = [];
  // A claim's own words (its names and specific nouns) recur in most of its wordings, as in real claims.
  for (const w of own) if (next() < 0.7) out.push(w);
  for (let i = out.length; i < words; i++) {
    const r = next();
    // Zipf-like: topic words often, common words mostly, rare words now and then.
    const pool = r < 0.25 ? TOPIC : r < 0.85 ? COMMON : rare;
    // Squaring the index favours the head of the topic and common pools; rare words are uniform.
    const at = pool === rare ? next() : next() * next();
    out.push(pool[Math.floor(at * pool.length)]!);
  }
  const s = out.join(' ');
  return s[0]!.toUpperCase() + s.slice(1) + '.';
}

export function syntheticDataset(claims: number, seed = 1): Dataset {
  const next = rng(seed);
  const rare = inventWords(next, 5000);
  const ds: Dataset = {
    version: 1,
    id: `synthetic-${claims}`,
    title: `${claims} synthetic claims`,
    claims: [],
    responses: [],
    sources: [{ id: 'synthetic-source', publisher: 'Synthetic', headline: 'Synthetic', date: '2020' }],
    context: [],
  };
  for (let i = 0; i < claims; i++) {
    const id = `synthetic-claim-${i}`;
    const own = Array.from({ length: 2 + Math.floor(next() * 3) }, () => rare[Math.floor(next() * rare.length)]!);
    const phrasings = Array.from({ length: 3 + Math.floor(next() * 4) }, () => sentence(next, rare, 6 + Math.floor(next() * 7), own));
    ds.claims.push({
      id,
      statement: sentence(next, rare, 12 + Math.floor(next() * 10), own),
      claimants: [{ name: 'Synthetic outlet', role: 'made the claim' }],
      date: '2020-10-01',
      sourceIds: ['synthetic-source'],
      phrasings,
      tags: [],
    });
    if (next() < 0.5) {
      ds.responses.push({
        id: `synthetic-response-${i}`,
        claimId: id,
        kind: 'denial',
        speaker: { name: 'Synthetic spokesman' },
        quote: sentence(next, rare, 8 + Math.floor(next() * 8), own),
        date: '2020-10-02',
        sourceId: 'synthetic-source',
      });
    }
  }
  return ds;
}

/** News-like filler text with no name of the region or its places. */
export function fillerText(chars: number, seed = 7): string {
  const next = rng(seed);
  const rare = inventWords(next, 2000).filter((w) => !/kara|qara|gara|artsa|shush|agdam|akna|ganj|stepan|khank|fuzul|lachin/.test(w));
  const parts: string[] = [];
  let size = 0;
  let n = 0;
  while (size < chars) {
    const s = sentence(next, rare, 8 + Math.floor(next() * 18)).replace(/\b(Karabakh|Stepanakert)\b/g, 'Geneva');
    parts.push(s);
    size += s.length + 1;
    parts.push(++n % 5 === 0 ? '\n' : ' ');
  }
  return parts.join('').slice(0, chars);
}
