import { DEFAULT_MATCH_PATTERNS } from '@/src/sites';
import { ownLifecycle } from '@/src/page/lifecycle';
import { startSecondStage } from './second-stage';

// The content script's second stage: not in the manifest's content_scripts; the background injects it
// (scripting.executeScript) into a frame whose first stage found that it may name the region. WXT adds
// these matches, the same sites the first stage runs on, to host_permissions for that.
export default defineContentScript({
  matches: [...DEFAULT_MATCH_PATTERNS],
  registration: 'runtime',
  // ctx is our PageLifecycle, not WXT's context, which would talk to the page (see wxt.config.ts).
  main(ctx) {
    return startSecondStage(ownLifecycle(ctx));
  },
});
