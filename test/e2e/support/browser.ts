import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, inject } from 'vitest';

/** Debian's Chromium: Playwright cannot download its own browsers here. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
}

/** Wide enough for every column of the demo plan and the issue panel, so no cell is virtualised away. */
export const VIEWPORT = { width: 1920, height: 1080 };

export interface AppSession {
  browser: Browser;
  /** A fresh context per test: its IndexedDB and localStorage start empty. */
  context: BrowserContext;
  /** The first tab of the context. */
  page: Page;
  baseURL: string;
  /** Uncaught exceptions and console errors seen so far, in any tab of the context. */
  errors: string[];
  /** Lets a test declare an error it provokes on purpose, so the session does not fail for it. */
  allowError(pattern: RegExp): void;
  /** Opens a second tab in the same context (same storage), for multi-tab flows. */
  newTab(): Promise<Page>;
}

/**
 * Expected errors: none. No flow in this suite makes the app throw or log an error; a test that provokes
 * one on purpose must call `allowError(/pattern/)` with a comment saying why.
 *
 * Registers the hooks of one test file: one browser for the file, a new context and tab per test, and a
 * check after each test that no page threw or logged an error. Call it at the top of a `describe`.
 * Returns a getter for the current test's session.
 */
export function useApp(): () => AppSession {
  let browser: Browser | undefined;
  let session: AppSession | undefined;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  beforeEach(async () => {
    if (!browser) throw new Error('The browser did not start.');
    const context = await browser.newContext({ viewport: VIEWPORT, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    // Fail a missing element in seconds, not in the 30 s default, so a broken flow does not eat the time budget.
    context.setDefaultTimeout(10_000);
    const errors: string[] = [];
    const allowed: RegExp[] = [];
    const record = (text: string) => {
      if (!allowed.some((re) => re.test(text))) errors.push(text);
    };
    context.on('weberror', (e) => record(`pageerror: ${e.error().message}`));
    context.on('console', (m) => {
      if (m.type() === 'error') record(`console.error: ${m.text()}`);
    });
    const page = await context.newPage();
    session = {
      browser, context, page, errors, baseURL: inject('baseURL'),
      allowError: (pattern) => allowed.push(pattern),
      newTab: () => context.newPage(),
    };
  });

  afterEach(async () => {
    const current = session;
    session = undefined;
    if (!current) return;
    await current.context.close();
    if (current.errors.length > 0) {
      throw new Error(`The app reported errors during the test:\n${current.errors.join('\n')}`);
    }
  });

  return () => {
    if (!session) throw new Error('useApp(): no session outside a test.');
    return session;
  };
}
