import './style.css';
import { DEFAULT_MATCH_PATTERNS } from '@/src/sites';
import { runOnPage } from '@/src/page/run';

export default defineContentScript({
  matches: [...DEFAULT_MATCH_PATTERNS],
  runAt: 'document_idle',
  main(ctx) {
    return runOnPage(ctx);
  },
});
