import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';
import { fileURLToPath } from 'node:url';

/**
 * webextension-polyfill ships as UMD. The bundler's CommonJS interop copies every property of its
 * export onto a namespace object, and in Chromium, where that export is the native `browser`,
 * reading each property instantiates every extension API namespace: about 1.5 ms on every page the
 * content script runs on. Seen as an ES module with a default export, nothing is copied; the
 * polyfill's own code is unchanged and takes its CommonJS branch as before.
 */
function polyfillAsEsModule(): Plugin {
  return {
    name: 'karabakh-context:polyfill-as-es-module',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]webextension-polyfill[\\/]dist[\\/]browser-polyfill(\.min)?\.js$/.test(id)) return null;
      return { code: `const module = { exports: {} };\nconst exports = module.exports;\n${code}\nexport default module.exports;\n`, map: null };
    },
  };
}

/**
 * WXT wraps each content script's main() in a module that builds a ContentScriptContext first, and
 * that context talks to the page: it posts "<extension id>:<script>:wxt:content-script-started" with
 * window.postMessage, dispatches the same event on document, and stops the script when the page
 * dispatches that event with another messageId. WXT 0.20 can turn off only the postMessage
 * (noScriptStartedPostMessage), so the wrapper gets our own lifecycle instead (src/page/lifecycle.ts),
 * and the entrypoints check that it did (ownLifecycle).
 */
function ownContentScriptLifecycle(): Plugin {
  const lifecycle = fileURLToPath(new URL('./src/page/lifecycle.ts', import.meta.url));
  const id = '\0karabakh-context:content-script-lifecycle';
  return {
    name: 'karabakh-context:own-content-script-lifecycle',
    enforce: 'pre',
    resolveId(source, importer) {
      const fromWrapper = importer?.includes('virtual:wxt-content-script-isolated-world-entrypoint');
      return source === 'wxt/utils/content-script-context' && fromWrapper ? id : null;
    },
    load(loaded) {
      if (loaded !== id) return null;
      return `export { PageLifecycle as ContentScriptContext } from ${JSON.stringify(lifecycle)};\n`;
    },
  };
}

/**
 * The extension pages' content security policy: nothing but the extension's own scripts, styles and
 * images, and no connection of any kind, so "nothing leaves the browser" is enforced by the browser
 * and not only by our code (tests/e2e/csp.e2e.ts tries). `npm run dev` (WXT's dev server) adds its own
 * script origin and needs its websocket and module requests to localhost.
 */
export function extensionPagesCsp(command: 'build' | 'serve'): string {
  const connect = command === 'serve' ? 'http://localhost:* ws://localhost:*' : "'none'";
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

// One source, two browsers. Everything browser-specific lives in this function.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'assets/public',
  manifestVersion: 3,
  zip: {
    // The Firefox sources zip is for reviewers: leave out generated pages, screenshots and bench output.
    excludeSources: ['tests/artifacts/**', 'tests/fixtures/pages/large-article/index.html', '.bench/**', '.ci/**'],
  },
  vite: () => ({
    plugins: [polyfillAsEsModule(), ownContentScriptLifecycle()],
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: {
      // KC_NO_MINIFY=1: readable function names in a profile (BENCH_TOP=1 npm run bench:browser).
      ...(process.env.KC_NO_MINIFY ? { minify: false } : {}),
      // The core is pure (its modules define and compute, nothing else): a core module whose exports
      // a bundle does not use is left out of it. The lexicons are the case: a page reads their
      // generated tables, and their own modules' list-splitting would otherwise keep them in.
      rolldownOptions: { treeshake: { moduleSideEffects: [{ test: /[\\/]src[\\/]core[\\/]/, sideEffects: false }] } },
    },
  }),
  manifest: ({ browser, command }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Drawn by scripts/make-icons.mjs.
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    // unlimitedStorage: imported claim packs (up to 5 MB each) would outgrow storage.local's 10 MB.
    permissions: ['storage', 'unlimitedStorage', 'activeTab', 'scripting'],
    // "Run on this site" asks for one origin at a time; nothing is granted by default.
    optional_host_permissions: ['*://*/*'],
    content_security_policy: { extension_pages: extensionPagesCsp(command) },
    action: {
      default_title: '__MSG_extName__',
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    },
    commands: {
      'next-match': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: '__MSG_commandNextMatch__',
      },
      'previous-match': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandPreviousMatch__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'karabakh-context@karabakh-context.org',
              // 140 is the first Firefox with the CSS Custom Highlight API.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android learned data_collection_permissions in 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
