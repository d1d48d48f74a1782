// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { runToEnd } from '@/src/core/steps';
import { runSliced } from '@/src/page/run-sliced';
import { rangeFor, readTextSteps } from '@/src/page/text-map';

const readTextSync = (root: Node, skip?: (el: Element) => boolean) => runToEnd(readTextSteps(root, skip));

function page(html: string): HTMLElement {
  // Test fixtures are static strings written here; a DOMParser keeps them out of the page's sinks.
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  document.body.replaceChildren(...[...doc.body.childNodes].map((n) => document.importNode(n, true)));
  return document.body;
}

describe('readText', () => {
  it('joins inline elements without inventing spaces', () => {
    const map = readTextSync(page('<p>Fighting in Nagorno-<em>Karabakh</em> resumed.</p>'));
    expect(map.text).toContain('Fighting in Nagorno-Karabakh resumed.');
  });

  it('separates blocks with one newline and never joins two paragraphs', () => {
    const map = readTextSync(page('<h1>Karabakh</h1><p>First.</p><ul><li>One</li><li>Two</li></ul><div><p>Deep</p></div>'));
    expect(map.text.split('\n').filter(Boolean)).toEqual(['Karabakh', 'First.', 'One', 'Two', 'Deep']);
    expect(map.text).not.toContain('\n\n');
  });

  it('turns line breaks inside a text node into spaces, keeping offsets', () => {
    const map = readTextSync(page('<p>Nagorno-\nKarabakh</p>'));
    expect(map.text.trim()).toBe('Nagorno- Karabakh');
  });

  it('skips code, forms, scripts, SVG, editable and hidden regions', () => {
    const map = readTextSync(
      page(
        '<p>Visible Karabakh</p><pre>pre Karabakh</pre><code>code Karabakh</code><textarea>ta Karabakh</textarea>' +
          '<input value="in Karabakh"><button>btn Karabakh</button><script>var k="Karabakh"</script>' +
          '<style>.k{}</style><svg><text>svg Karabakh</text></svg><div contenteditable="true">edit <b>Karabakh</b></div>' +
          '<div contenteditable="false">ro Karabakh</div><div hidden>hidden Karabakh</div><select><option>opt</option></select>',
      ),
    );
    expect(map.text.split('\n').filter(Boolean)).toEqual(['Visible Karabakh', 'ro Karabakh']);
  });

  it('skips what the caller says (our own card host)', () => {
    const root = page('<p>Page</p><kc-card-host><p>Ours</p></kc-card-host>');
    const map = readTextSync(root, (el) => el.localName === 'kc-card-host');
    expect(map.text.trim()).toBe('Page');
  });

  it('reads in slices and gets the same text as one pass', async () => {
    const html = Array.from({ length: 300 }, (_, i) => `<p>Para ${i} about <i>Shusha</i>.</p>`).join('');
    const root = page(html);
    let yields = 0;
    const sliced = await runSliced(readTextSteps(root), { sliceMs: 0, yieldToLoop: async () => void yields++ });
    expect(sliced.text).toBe(readTextSync(root).text);
    expect(yields).toBeGreaterThan(0);
  });

  it('stops when aborted', async () => {
    const root = page('<p>a</p>'.repeat(2000));
    const controller = new AbortController();
    const reading = runSliced(readTextSteps(root), { sliceMs: 0, signal: controller.signal, yieldToLoop: async () => controller.abort() });
    await expect(reading).rejects.toBeDefined();
  });
});

describe('rangeFor', () => {
  it('maps a span across inline elements back to the words in the page', () => {
    const root = page('<p>In Nagorno-<em>Karabakh</em> today.</p><p>Next</p>');
    const map = readTextSync(root);
    const start = map.text.indexOf('Nagorno');
    const range = rangeFor(map, start, start + 'Nagorno-Karabakh'.length)!;
    expect(range.toString()).toBe('Nagorno-Karabakh');
    expect(range.startContainer.parentElement?.localName).toBe('p');
    expect(range.endContainer.parentElement?.localName).toBe('em');
  });

  it('moves a start that sits on a block separator into the next block', () => {
    const map = readTextSync(page('<p>One</p><p>Two</p>'));
    const nl = map.text.indexOf('\n', 1);
    expect(rangeFor(map, nl, nl + 4)?.toString()).toBe('Two');
  });

  it('returns null for text that has left the page', () => {
    const root = page('<p>Gone soon</p>');
    const map = readTextSync(root);
    root.replaceChildren();
    expect(rangeFor(map, 0, 4)).toBeNull();
  });
});
