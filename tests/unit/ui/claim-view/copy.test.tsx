// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { citationFormatItem, NoClipboardError, useCitationCopy, type CiteControls } from '@/src/ui/claim-view/copy';
import { stubI18n } from '../../../support/i18n-stub';

beforeEach(() => {
  fakeBrowser.reset();
  stubI18n();
});

async function harness(write: (text: string) => Promise<void>) {
  let controls: CiteControls | undefined;
  function Probe() {
    controls = useCitationCopy(write);
    return null;
  }
  const root = document.createElement('div');
  await act(async () => {
    render(<Probe />, root);
  });
  return () => controls!;
}

describe('useCitationCopy', () => {
  it('writes the text, then says so; the form chosen is stored for the next surface', async () => {
    const written: string[] = [];
    const get = await harness(async (t) => void written.push(t));
    await act(async () => get().onFormat('csl'));
    expect(await citationFormatItem.getValue()).toBe('csl');
    await act(async () => get().onCopy('claim', 'the citation'));
    expect(written).toEqual(['the citation']);
    expect(get().status).toEqual({ key: 'claim', ok: true, message: 'Citation copied to the clipboard as CSL-JSON.' });
  });

  it('opens with the stored form, unless the reader chose one before it arrived', async () => {
    await citationFormatItem.setValue('markdown');
    let get = await harness(async () => undefined);
    await expect.poll(() => get().format).toBe('markdown');
    get = await harness(async () => undefined);
    act(() => get().onFormat('text'));
    await new Promise((r) => setTimeout(r, 50));
    expect(get().format).toBe('text');
  });

  it('tells the reader why nothing was copied', async () => {
    let get = await harness(() => Promise.reject(new NoClipboardError()));
    await act(async () => get().onCopy('a1', 'x'));
    expect(get().status).toMatchObject({ key: 'a1', ok: false, message: expect.stringMatching(/^This page does not let extensions use the clipboard/) });
    get = await harness(() => Promise.reject(new DOMException('Document is not focused.', 'NotAllowedError')));
    await act(async () => get().onCopy('a1', 'x'));
    expect(get().status?.message).toBe('The citation could not be copied: Document is not focused.');
  });
});
