import './style.css';
import { DEFAULT_MATCH_PATTERNS } from '@/src/sites';

export default defineContentScript({
  matches: [...DEFAULT_MATCH_PATTERNS],
  runAt: 'document_idle',
  main(_ctx) {
    // Annotation lands in src/page.
  },
});
