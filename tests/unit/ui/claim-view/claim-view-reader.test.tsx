// @vitest-environment happy-dom
/** What the claim view adds for the reader: why a page sentence matched, hosts, direction, copy state. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { BUNDLED_DATASET } from '@/src/data/bundled';
import { ClaimView, type ClaimViewProps } from '@/src/ui/claim-view';
import type { CiteControls } from '@/src/ui/claim-view/copy';
import { stubI18n } from '../../../support/i18n-stub';

beforeEach(stubI18n);

function mount(props: Partial<ClaimViewProps> = {}): HTMLElement {
  const root = document.createElement('div');
  document.body.replaceChildren(root);
  render(<ClaimView claimId="pakistan-troops-agdam-2020" datasets={[BUNDLED_DATASET]} {...props} />, root);
  return root;
}

describe('why a page sentence matched', () => {
  it('names the language and shows the words as the page wrote them, isolated in their own direction', () => {
    const root = mount({ matchTerms: ['پاکستانی', 'فوج'], matchLang: 'ur' });
    expect(root.querySelector('.kc-matched-lang')?.textContent).toBe('Matched in Urdu.');
    const words = [...root.querySelectorAll('.kc-terms bdi')];
    expect(words.map((w) => w.textContent)).toEqual(['پاکستانی', 'فوج']);
    expect(words.every((w) => w.getAttribute('lang') === 'ur')).toBe(true);
  });

  it('says when the sentence matched through the sentences before it', () => {
    const root = mount({ matchTerms: ['denied'], matchVia: 'context' });
    expect(root.querySelector('.kc-matched-via')?.textContent).toBe('Matched through the sentences before it, which repeat this claim.');
    expect(mount({ matchTerms: ['denied'] }).querySelector('.kc-matched-via')).toBeNull();
  });
});

describe('links and text from the data', () => {
  it('shows beside each outlet the host its link goes to', () => {
    const root = mount();
    const source = [...root.querySelectorAll('.kc-sources .kc-source')].map((p) => p.textContent);
    expect(source[0]).toMatch(/^Daily Times \(Pakistan\) \(opens in a new tab\) \(dailytimes\.com\.pk\), October 2, 2020$/);
    // The outlet's name already says it: no second copy.
    expect(source[1]).toMatch(/— The Nation \(thenation\.org\.uk\), October 23, 2020$/);
  });

  it('isolates every text from the dataset, so it keeps its own direction in a right-to-left view', () => {
    const root = mount();
    expect(root.querySelector('.kc-statement')?.getAttribute('dir')).toBe('auto');
    for (const p of root.querySelectorAll('blockquote p')) expect(p.getAttribute('dir')).toBe('auto');
    expect(root.querySelector('.kc-publisher')?.localName).toBe('bdi');
    const speakers = [...root.querySelectorAll('.kc-speaker bdi')].map((b) => b.textContent);
    expect(speakers).toContainEqual(expect.stringMatching(/^Zahid Hafeez Chaudri, Spokesman, Pakistan's Foreign Office$/));
  });
});

describe('copy citation', () => {
  const controls = (over: Partial<CiteControls> = {}): CiteControls => ({
    format: 'text',
    onFormat: vi.fn(),
    onCopy: vi.fn(),
    ...over,
  });

  it("copies the chosen answer's citation in the chosen form", () => {
    const cite = controls({ format: 'markdown' });
    const root = mount({ cite });
    const button = root.querySelector<HTMLButtonElement>('[data-kc-copy="resp-fo-denies-agdam-reports"]')!;
    expect(button.getAttribute('aria-label')).toBe("Copy citation: Rejected by Pakistan's Foreign Office (Zahid Hafeez Chaudri)");
    button.click();
    expect(cite.onCopy).toHaveBeenCalledWith('resp-fo-denies-agdam-reports', expect.stringMatching(/^> speculative and baseless\n/));
    root.querySelector<HTMLButtonElement>('[data-kc-copy="claim"]')!.click();
    expect(cite.onCopy).toHaveBeenLastCalledWith('claim', expect.stringMatching(/^\*\*Claim, as summarised/));
  });

  it('shows which form is chosen and lets the reader pick another', () => {
    const cite = controls();
    const root = mount({ cite });
    const formats = [...root.querySelectorAll<HTMLButtonElement>('.kc-format')];
    expect(formats.map((b) => [b.textContent, b.getAttribute('aria-pressed')])).toEqual([
      ['Plain text', 'true'],
      ['Markdown', 'false'],
      ['CSL-JSON', 'false'],
    ]);
    formats[2]!.click();
    expect(cite.onFormat).toHaveBeenCalledWith('csl');
  });

  it('says "Copied" on the button pressed and announces it; a failure is shown, not hidden', () => {
    let root = mount({ cite: controls({ status: { key: 'claim', ok: true, message: 'Citation copied to the clipboard as Plain text.' } }) });
    expect(root.querySelector('[data-kc-copy="claim"]')?.textContent).toBe('✓ Copied');
    expect(root.querySelector('[data-kc-copy="resp-fo-denies-agdam-reports"]')?.textContent).toBe('Copy citation');
    const live = root.querySelector('.kc-cite [role="status"]');
    expect(live?.getAttribute('aria-live')).toBe('polite');
    expect(live?.textContent).toBe('Citation copied to the clipboard as Plain text.');

    root = mount({ cite: controls({ status: { key: 'claim', ok: false, message: 'The citation could not be copied: denied' } }) });
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('The citation could not be copied: denied');
    expect(root.querySelector('[data-kc-copy="claim"]')?.textContent).toBe('Copy citation: claim and answers');
  });

  it('offers no copy where the host cannot copy', () => {
    expect(mount().querySelector('.kc-copy, .kc-cite')).toBeNull();
  });
});
