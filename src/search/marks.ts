/** Turning a marked text into what the popup renders: plain and marked runs, shortened around a mark. */
import type { MarkedText } from './index';

interface Segment {
  text: string;
  mark: boolean;
}

export function segments(m: MarkedText): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const [s, e] of m.marks) {
    if (s < at) continue;
    if (s > at) out.push({ text: m.text.slice(at, s), mark: false });
    out.push({ text: m.text.slice(s, e), mark: true });
    at = e;
  }
  if (at < m.text.length) out.push({ text: m.text.slice(at), mark: false });
  return out;
}

/**
 * At most about `max` characters, starting a little before the first mark, cut at word boundaries,
 * with an ellipsis where text was left out. Marks move with the text.
 */
export function excerpt(m: MarkedText, max: number): MarkedText {
  if (m.text.length <= max) return m;
  const first = m.marks[0]?.[0] ?? 0;
  let start = Math.max(0, first - Math.floor(max / 4));
  if (start > 0) {
    const space = m.text.indexOf(' ', start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  let end = Math.min(m.text.length, start + max);
  if (end < m.text.length) {
    const space = m.text.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  const head = start > 0 ? '… ' : '';
  const tail = end < m.text.length ? ' …' : '';
  const shift = head.length - start;
  return {
    text: head + m.text.slice(start, end) + tail,
    marks: m.marks
      .filter(([s, e]) => s >= start && e <= end)
      .map(([s, e]) => [s + shift, e + shift] as [number, number]),
  };
}
