import './style.css';
import { DEFAULT_MATCH_PATTERNS } from '@/src/sites';
import { startOnPage } from '@/src/page/start';

export default defineContentScript({
  matches: [...DEFAULT_MATCH_PATTERNS],
  runAt: 'document_idle',
  main(ctx) {
    startOnPage(ctx);
  },
});
