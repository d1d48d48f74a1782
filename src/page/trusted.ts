/**
 * Only the reader acts on our UI. Events a page script makes (dispatchEvent, element.click(),
 * focus() on its own elements) have isTrusted false; the browser sets it true only for real input.
 * Content scripts see the real flag in both browsers, whatever the page does to Event.prototype.
 */
export function onlyTrusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}
