/**
 * Real key presses for browser tests: a private X server (Xvfb) for a headed Chromium or Firefox, and
 * xdotool typing into its window through the XTEST extension, exactly as a keyboard would.
 *
 * Why not page.keyboard: Playwright (CDP Input.dispatchKeyEvent) hands key events straight to the
 * page's renderer, so the browser's own accelerators never see them. Extension shortcuts
 * (manifest `commands`) are browser accelerators: neither headless nor headed Chromium fires
 * commands.onCommand for an injected key. An X key event on the focused browser window does.
 *
 * The display is private (Xvfb picks a free number through -displayfd), so the keys can never reach
 * the desktop of whoever runs the tests.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import type { AnyPage } from './harness';

const run = promisify(execFile);

function onPath(command: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir !== '' && existsSync(join(dir, command)));
}

function requireCommand(command: string, aptPackage: string): void {
  if (!onPath(command)) {
    throw new Error(
      `\`${command}\` is not installed: the keyboard-shortcut test presses real keys in a headed Chromium ` +
        `or Firefox on a private X display. Install it with \`apt-get install ${aptPackage}\` (.ci/run does). ` +
        'The browser tests never skip.',
    );
  }
}

export interface XDisplay {
  /** The value for DISPLAY, e.g. ":99". */
  display: string;
  /**
   * Brings `page` to the front, gives its browser window the X input focus and presses `keys`
   * (xdotool syntax, e.g. "alt+shift+j", "Escape").
   */
  press(page: AnyPage, keys: string): Promise<void>;
  close(): Promise<void>;
}

export async function startXDisplay(): Promise<XDisplay> {
  requireCommand('Xvfb', 'xvfb');
  requireCommand('xdotool', 'xdotool');
  const xvfb: ChildProcess = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  xvfb.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const number = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error('Xvfb did not report a display within 10 s')), 10_000);
    function fail(err: Error) {
      clearTimeout(timer);
      xvfb.kill();
      reject(new Error(`${err.message}\n${stderr}`));
    }
    xvfb.once('error', fail);
    xvfb.once('exit', (code) => fail(new Error(`Xvfb exited (${code}) before it was ready`)));
    (xvfb.stdio[3] as NodeJS.ReadableStream).on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) {
        clearTimeout(timer);
        xvfb.removeAllListeners('exit');
        resolve(out.trim());
      }
    });
  });
  const display = `:${number}`;
  const xdotool = async (...args: string[]) =>
    (await run('xdotool', args, { env: { ...process.env, DISPLAY: display } })).stdout.trim();

  return {
    display,
    async press(page, keys) {
      await page.bringToFront();
      const title = await page.title();
      // Only this test's browser lives on the display; its window is named after the active tab
      // ("Title" in Chromium, "Title — Mozilla Firefox" in Firefox).
      const ids = (await xdotool('search', '--sync', '--onlyvisible', '--class', 'chromium|firefox')).split('\n');
      let window: string | undefined;
      for (const id of ids) if ((await xdotool('getwindowname', id)).startsWith(title)) window = id;
      if (!window) throw new Error(`No browser window on ${display} shows "${title}"`);
      await xdotool('windowfocus', '--sync', window);
      await xdotool('key', '--clearmodifiers', keys);
    },
    async close() {
      if (xvfb.exitCode !== null) return;
      const exited = new Promise((r) => xvfb.once('exit', r));
      xvfb.kill();
      await exited;
    },
  };
}

/** Launches a headed browser on the private display, and only there (never the desktop's). */
export async function onDisplay<S>(x: XDisplay, launch: () => Promise<S>): Promise<S> {
  const saved = { DISPLAY: process.env.DISPLAY, WAYLAND_DISPLAY: process.env.WAYLAND_DISPLAY };
  // The launchers hand the browser this process's environment: point it at the private display.
  process.env.DISPLAY = x.display;
  delete process.env.WAYLAND_DISPLAY;
  try {
    return await launch();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}
