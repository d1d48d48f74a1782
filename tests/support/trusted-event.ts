/** What the reader's input would be: happy-dom cannot make one, so the flag is set by hand. */
export function asIfTrusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}
