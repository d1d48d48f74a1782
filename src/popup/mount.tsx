import { render } from 'preact';
import { CLAIM_VIEW_CSS } from '@/src/ui/claim-view';
import { uiDirection, uiLanguage } from '@/src/i18n/t';
import { Popup } from './Popup';
import { POPUP_CSS } from './styles';

/** Renders the popup into `root`; the entrypoint only calls this. */
export function mountPopup(root: HTMLElement): void {
  document.documentElement.lang = uiLanguage();
  document.documentElement.dir = uiDirection();
  // A constructed sheet, not a <style> element: the extension pages' CSP allows no inline style.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CLAIM_VIEW_CSS + POPUP_CSS);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  render(<Popup search={location.search} close={() => window.close()} />, root);
}
