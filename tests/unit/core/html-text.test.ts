// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { htmlToText } from '@/src/core/html-text';
import { runToEnd } from '@/src/core/steps';
import { readTextSteps } from '@/src/page/text-map';

/** What the content script reads of the same markup, lines trimmed as htmlToText gives them. */
function pageReads(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return runToEnd(readTextSteps(doc.body))
    .text.split('\n')
    .map((l) => l.replace(/[ \t\r\n\f]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

const PAGE = `<!doctype html><html><head><title>Title Karabakh</title><style>p{}</style></head><body>
<h1>Nagorno-<em>Karabakh</em> news</h1>
<p>Pakistan denied that its army was fighting&nbsp;alongside Azerbaijani forces.</p>
<pre>code about Karabakh</pre><p>Inline <code>Karabakh()</code> code and <kbd>keys</kbd>.</p>
<div hidden>hidden Karabakh</div><div hidden="until-found">found Karabakh</div>
<div aria-hidden="true">aria Karabakh</div><div contenteditable="true">editing Karabakh</div>
<div contenteditable="false">not editable Karabakh</div>
<form><label>Name</label><input value="Karabakh"><textarea>typed Karabakh</textarea><button>Go</button></form>
<svg><text>svg Karabakh</text></svg><script>var p = "<p>Karabakh</p>";</script>
<ul><li>One</li><li>Two <b>bold</b></li></ul><table><tr><td>Cell A</td><td>Cell B</td></tr></table>
<p>a &amp; b &#x41; &#66;<br>after break</p><!-- a comment with <p>Karabakh</p> -->
</body></html>`;

describe('htmlToText', () => {
  it('reads a saved page as the content script reads the live one', () => {
    expect(htmlToText(PAGE)).toBe(pageReads(PAGE));
  });

  it('keeps prose, drops code, forms, editable and hidden text', () => {
    const text = htmlToText(PAGE);
    expect(text).toContain('Nagorno-Karabakh news');
    expect(text).toContain('found Karabakh');
    expect(text).toContain('not editable Karabakh');
    for (const gone of ['code about', 'Karabakh()', 'hidden Karabakh', 'aria Karabakh', 'editing', 'typed', 'svg Karabakh', 'var p', 'Title', 'a comment']) {
      expect(text).not.toContain(gone);
    }
  });

  it('stays linear on hostile markup', () => {
    // Each would take seconds with a pattern that backtracks per "<" (checked by hand); here they
    // must simply finish and give text.
    expect(htmlToText('<a'.repeat(200_000)).length).toBe(400_000);
    expect(htmlToText('<div>'.repeat(100_000) + 'deep Karabakh')).toBe('deep Karabakh');
    expect(htmlToText('<script>' + 'x'.repeat(100_000))).toBe('');
    expect(htmlToText('<!--' + 'x'.repeat(100_000))).toBe('');
  });
});
