/**
 * Headless Chromium for the E2E tests (see DESIGN.md §7).
 *
 * Binary lookup, first match wins:
 *   1. env CHROME_PATH (must exist, else we throw: an explicit setting that is wrong is a bug);
 *   2. Debian's /usr/bin/chromium, then /usr/bin/chromium-browser
 *      (skipped when E2E_SKIP_SYSTEM_CHROME=1 — test-only switch to exercise step 3);
 *   3. @sparticuz/chromium (npm devDependency; it unpacks a chrome-headless-shell into
 *      os.tmpdir()/chromium on first use, ~1–2 s, then reuses it).
 *
 * The flags are the ones known to work on the closed-network machine: without the
 * background-networking ones Chromium keeps trying (and failing) to reach Google's hosts.
 * playwright-core creates and removes its own temporary --user-data-dir per launch.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export type BrowserSource = 'CHROME_PATH' | 'system' | '@sparticuz/chromium';

export interface ResolvedBrowser {
  executablePath: string;
  source: BrowserSource;
}

let resolving: Promise<ResolvedBrowser> | undefined;

/**
 * Finds the Chromium binary to use (see the lookup order at the top of this file).
 * Memoized: concurrent first calls must not unpack @sparticuz/chromium twice into the same
 * file (separate processes still can, so resolve once, e.g. in a global setup, when running
 * several workers on a cold /tmp).
 */
export function resolveChromium(): Promise<ResolvedBrowser> {
  resolving ??= findChromium();
  resolving.catch(() => {
    resolving = undefined;
  });
  return resolving;
}

async function findChromium(): Promise<ResolvedBrowser> {
  const fromEnv = process.env.CHROME_PATH?.trim();
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      throw new Error(`CHROME_PATH=${fromEnv} does not exist`);
    }
    return { executablePath: fromEnv, source: 'CHROME_PATH' };
  }

  if (process.env.E2E_SKIP_SYSTEM_CHROME !== '1') {
    const system = SYSTEM_CHROMIUM.find((p) => existsSync(p));
    if (system) return { executablePath: system, source: 'system' };
  }

  let mod: unknown;
  try {
    mod = await import('@sparticuz/chromium');
  } catch (err) {
    throw new Error(
      'No Chromium found: set CHROME_PATH, install Debian\'s "chromium" package, ' +
        `or install the npm devDependency @sparticuz/chromium (${(err as Error).message})`,
    );
  }
  // ESM build exports the class as default; the CJS build is `module.exports = Chromium`.
  const Sparticuz = ((mod as { default?: unknown }).default ?? mod) as {
    executablePath(input?: string): Promise<string>;
  };
  const executablePath = await Sparticuz.executablePath();
  return { executablePath, source: '@sparticuz/chromium' };
}

/** Launches headless Chromium with the flags that work on this machine. */
export async function launchBrowser(): Promise<Browser> {
  const { executablePath, source } = await resolveChromium();
  console.log(`[e2e] Chromium: ${executablePath} (from ${source})`);
  return chromium.launch({
    executablePath,
    headless: true,
    args: [...CHROMIUM_ARGS],
    timeout: 60_000,
  });
}

/** A normal Android Chrome UA (deliberately not WeChat's: H5 pages must not assume WeChat). */
export const MOBILE_CHROME_UA =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) ' +
  'Chrome/138.0.0.0 Mobile Safari/537.36';

/** A phone-sized context (375×812 @2x, touch, zh-CN) and a page in it. Close with page.context().close(). */
export async function newMobilePage(
  browser: Browser,
  baseUrl: string,
  options: { userAgent?: string } = {},
): Promise<Page> {
  const context = await browser.newContext({
    baseURL: baseUrl,
    viewport: { width: 375, height: 812 },
    screen: { width: 375, height: 812 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    userAgent: options.userAgent ?? MOBILE_CHROME_UA,
  });
  return context.newPage();
}

// __dirname exists under tsx/jest (CommonJS); fall back to the repo root as cwd otherwise.
const REPO_ROOT =
  typeof __dirname !== 'undefined' ? path.resolve(__dirname, '../..') : process.cwd();
export const SCREENS_DIR = path.join(REPO_ROOT, '.test-results/screens');

/** Saves a full-page PNG to .test-results/screens/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const safe = name.replace(/[^\w.-]+/g, '_');
  mkdirSync(SCREENS_DIR, { recursive: true });
  const file = path.join(SCREENS_DIR, `${safe}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
