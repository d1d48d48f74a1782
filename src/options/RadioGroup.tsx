/** A fieldset of radio buttons: arrow keys move between them, as the browser does for a named group. */
interface RadioOption<T extends string> {
  value: T;
  label: string;
}

export function RadioGroup<T extends string>(props: {
  name: string;
  legend: string;
  options: RadioOption<T>[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset class="radio-group">
      <legend>{props.legend}</legend>
      {props.options.map((o) => {
        const id = `opt-${props.name}-${o.value}`;
        return (
          <div class="radio" key={o.value}>
            <input
              type="radio"
              id={id}
              name={props.name}
              value={o.value}
              checked={props.value === o.value}
              onChange={() => props.onChange(o.value)}
            />
            <label for={id}>{o.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}
