/**
 * Card text the page cannot find. A closed shadow root hides the card's nodes from the page's DOM
 * calls, but not from window.find(): in Chromium it matches text inside the card, and the page can
 * then extend the selection and read the card out (Selection.modify + toString); in Firefox it
 * selects the card's own text node, whose getRootNode() is our closed root, so the page can read and
 * rewrite all of it. Neither browser's find matches CSS generated content, so every text node of
 * the card becomes the `content` of a ::before. It looks the same and stays in the accessibility
 * tree (generated content is part of an element's accessible name and text), but it cannot be
 * selected: a reader who wants to copy a quote opens the claim in the popup (the details button).
 */
export const TEXT_ATTRIBUTE = 'data-kc-text';

export const GENERATED_TEXT_CSS = `[${TEXT_ATTRIBUTE}]::before { content: attr(${TEXT_ATTRIBUTE}); }`;

/**
 * Replaces every text node under `root` with an empty span that shows it. `root` must be connected:
 * `dir="auto"` (and <bdi>) take their direction from descendant text nodes, so it is resolved first
 * and written out, or a right-to-left claim would turn left-to-right.
 */
export function showTextAsGeneratedContent(root: Element): void {
  for (const el of root.querySelectorAll<HTMLElement>('[dir="auto"], bdi:not([dir])')) {
    el.dir = el.matches(':dir(rtl)') ? 'rtl' : 'ltr';
  }
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  for (const text of texts) {
    const span = doc.createElement('span');
    span.setAttribute(TEXT_ATTRIBUTE, text.data);
    text.replaceWith(span);
  }
}
