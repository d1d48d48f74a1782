import './style.css';
import { DEFAULT_MATCH_PATTERNS } from '@/src/sites';
import { startOnPage } from '@/src/page/start';

export default defineContentScript({
  matches: [...DEFAULT_MATCH_PATTERNS],
  runAt: 'document_idle',
  // A frame on a news site (a live blog, a map) is read on its own; the top frame answers the popup.
  allFrames: true,
  main(ctx) {
    startOnPage(ctx);
  },
});
