import './style.css';
import { DEFAULT_MATCH_PATTERNS } from '@/src/sites';
import { ownLifecycle } from '@/src/page/lifecycle';
import { startOnPage } from './start';

export default defineContentScript({
  matches: [...DEFAULT_MATCH_PATTERNS],
  runAt: 'document_idle',
  // A frame on a news site (a live blog, a map) is read on its own; the top frame answers the popup.
  allFrames: true,
  // ctx is our PageLifecycle, not WXT's context, which would talk to the page (see wxt.config.ts).
  main(ctx) {
    startOnPage(ownLifecycle(ctx));
  },
});
