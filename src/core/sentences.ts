/**
 * Sentences with offsets. Intl.Segmenter knows sentence ends in every script (".", "։", "۔", "।");
 * every "\n" is a block boundary first, so a sentence never runs from a heading into the paragraph
 * below it.
 */
import type { Sentence } from './types';

let segmenter: Intl.Segmenter | undefined;

function getSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'sentence' });
  return segmenter;
}

const EDGE_SPACE = /^[\s\u00a0]+|[\s\u00a0]+$/g;

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let blockStart = 0;
  while (blockStart <= text.length) {
    let blockEnd = text.indexOf('\n', blockStart);
    if (blockEnd === -1) blockEnd = text.length;
    if (blockEnd > blockStart) {
      const block = text.slice(blockStart, blockEnd);
      for (const seg of getSegmenter().segment(block)) {
        const raw = seg.segment;
        const lead = raw.length - raw.replace(/^[\s\u00a0]+/, '').length;
        const trimmed = raw.replace(EDGE_SPACE, '');
        if (!trimmed) continue;
        const start = blockStart + seg.index + lead;
        out.push({ start, end: start + trimmed.length, text: trimmed });
      }
    }
    blockStart = blockEnd + 1;
  }
  return out;
}
