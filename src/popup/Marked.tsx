import type { MarkedText } from '@/src/search';
import { excerpt, segments } from '@/src/search/marks';

/** A text with the query's words in <mark>, shortened around the first one when `max` is given. */
export function Marked(props: { value: MarkedText; max?: number }) {
  const value = props.max ? excerpt(props.value, props.max) : props.value;
  return (
    <>
      {segments(value).map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : s.text))}
    </>
  );
}
