/**
 * A slider that shows its value while it moves and saves when it is let go (or on each arrow key):
 * saving on every input event would hit sync storage's write quota.
 */
import { useEffect, useState } from 'preact/hooks';

export function RangeField(props: {
  id: string;
  label: string;
  hint?: string;
  range: { min: number; max: number; step: number };
  value: number;
  format: (value: number) => string;
  onCommit: (value: number) => void;
}) {
  const [shown, setShown] = useState(props.value);
  useEffect(() => setShown(props.value), [props.value]);
  const hintId = `${props.id}-hint`;
  const text = props.format(shown);
  return (
    <div class="field range-field">
      <label for={props.id}>{props.label}</label>
      <div class="range-row">
        <input
          id={props.id}
          type="range"
          min={props.range.min}
          max={props.range.max}
          step={props.range.step}
          value={shown}
          aria-valuetext={text}
          aria-describedby={props.hint ? hintId : undefined}
          onInput={(e) => setShown(Number(e.currentTarget.value))}
          onChange={(e) => props.onCommit(Number(e.currentTarget.value))}
        />
        <output for={props.id}>{text}</output>
      </div>
      {props.hint && (
        <p id={hintId} class="hint">
          {props.hint}
        </p>
      )}
    </div>
  );
}
