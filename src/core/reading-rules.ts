/**
 * What counts as the reader's prose on a page: the one rule the content script's DOM reader
 * (src/page/text-map.ts) and the Node-side HTML reader (html-text.ts, for the CLI, the evaluation and
 * the benchmarks) both follow, so a saved page scans the same on the command line as in the browser.
 */

/** Elements whose content is not prose, or belongs to someone editing it: never read. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option', 'button',
  'svg', 'math', 'code', 'pre', 'kbd', 'samp', 'var', 'iframe', 'object', 'embed', 'canvas', 'video',
  'audio', 'head', 'title', 'meta', 'link',
]);

/**
 * Elements that start a new line of text ("\n" in the text read). Decided by tag, not by computed
 * style: reading the style of every element of a 1 MB page would cost more than the whole scan.
 */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'details',
  'dialog', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p',
  'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'img', 'picture',
  'label',
]);

/**
 * Whether an element is skipped for its attributes: editable (contenteditable other than "false"),
 * hidden (except "until-found", which the reader can reveal by searching) or hidden from assistive
 * technology.
 */
export function isSkippedByAttributes(attribute: (name: string) => string | null): boolean {
  const editable = attribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  const hidden = attribute('hidden');
  if (hidden !== null && hidden.toLowerCase() !== 'until-found') return true;
  return attribute('aria-hidden')?.toLowerCase() === 'true';
}
