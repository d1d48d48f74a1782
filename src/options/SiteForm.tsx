/** A labelled text field and a button; an invalid entry stays in the field with its error beside it. */
import { useState } from 'preact/hooks';

export function SiteForm(props: { id: string; label: string; button: string; onSubmit: (input: string) => Promise<string | undefined> }) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string>();
  const errorId = `${props.id}-error`;
  return (
    <form
      class="site-form"
      onSubmit={async (e) => {
        e.preventDefault();
        const problem = await props.onSubmit(value);
        setError(problem);
        if (!problem) setValue('');
      }}
    >
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="text"
        inputMode="url"
        autocomplete="off"
        spellcheck={false}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        onInput={(e) => setValue(e.currentTarget.value)}
      />
      <button type="submit">{props.button}</button>
      {error && (
        <p id={errorId} class="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
