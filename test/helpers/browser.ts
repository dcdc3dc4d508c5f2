import { accessSync, constants, mkdirSync } from 'node:fs';
import { after, before } from 'node:test';
import { delimiter, join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/**
 * The Chromium the browser tests drive: $CHROMIUM_PATH, else the first of chromium,
 * chromium-browser, google-chrome on PATH. Missing is an error, never a skip.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = [env.CHROMIUM_PATH, ...(env.PATH ?? '').split(delimiter).filter(Boolean).flatMap((dir) => NAMES.map((n) => join(dir, n)))];
  for (const c of candidates) {
    if (!c) continue;
    try {
      accessSync(c, constants.X_OK);
      return c;
    } catch {
      /* not there */
    }
  }
  throw new Error(
    'the browser tests need Chromium and found none (looked for $CHROMIUM_PATH, then chromium, chromium-browser, google-chrome on PATH). ' +
      'Install it: apt-get install -y chromium (.ci/run does), or point CHROMIUM_PATH at a Chrome or Chromium binary.',
  );
}

/** Headless Chromium (no sandbox: CI runs as root). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), headless: true, args: ['--no-sandbox', '--disable-gpu'] });
}

/**
 * One Chromium for a test file: launched before its tests (and `outputDir` made, for screenshots),
 * closed after them. Call at the top level; the getter returns the running browser inside a test.
 */
export function browserForFile(outputDir?: string): () => Browser {
  let browser: Browser | undefined;
  before(async () => {
    browser = await launchChromium();
    if (outputDir !== undefined) mkdirSync(outputDir, { recursive: true });
  });
  after(async () => {
    await browser?.close();
  });
  return () => {
    if (browser === undefined) throw new Error('Chromium is not running: browserForFile() is called at the top level of a test file, and the browser used inside its tests');
    return browser;
  };
}
