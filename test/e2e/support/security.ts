import { readdirSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';

/** One Content-Security-Policy violation as the page's `securitypolicyviolation` event or the console tells it. */
export interface CspViolation {
  source: 'event' | 'console';
  directive: string;
  blocked: string;
  sample: string;
  url: string;
}

/**
 * Records every CSP violation of every page of the context, from the first script on: the init script listens
 * to `securitypolicyviolation` (capture, on the document, before the app runs) and keeps them in
 * `window.__cspViolations`; each is also handed to the test at once, so a reload cannot lose it. Console lines
 * that mention the policy (Chromium's "Refused to … because it violates the following Content Security Policy
 * directive") count too: they also cover what no event reaches. Returns the live list.
 */
export async function recordCspViolations(context: BrowserContext): Promise<CspViolation[]> {
  const violations: CspViolation[] = [];
  await context.exposeFunction('__reportCspViolation', (v: Omit<CspViolation, 'source'>) => {
    violations.push({ source: 'event', ...v });
  });
  await context.addInitScript(() => {
    const w = window as unknown as { __cspViolations: unknown[]; __reportCspViolation?: (v: unknown) => Promise<void> };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      const v = { directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample, url: `${e.sourceFile}:${e.lineNumber}:${e.columnNumber}` };
      w.__cspViolations.push(v);
      void w.__reportCspViolation?.(v);
    }, { capture: true });
  });
  context.on('console', (m) => {
    if (m.text().includes('Content Security Policy')) {
      violations.push({ source: 'console', directive: m.type(), blocked: '', sample: m.text(), url: m.location().url });
    }
  });
  return violations;
}

/** The violations a page's init script kept in `window.__cspViolations` (since its last full load). */
export function violationsInPage(page: Page): Promise<unknown[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: unknown[] }).__cspViolations ?? []);
}

export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
  /** Made by the service worker (its precache, or a fetch it passed on), not by a page. */
  fromServiceWorker: boolean;
  /** Made after the mark (`markFirstPaint()`): the grid was on screen. */
  afterFirstPaint: boolean;
}

/** Every request of the context, pages, workers and the service worker alike, in the order they were issued. */
export function recordRequests(context: BrowserContext): { requests: RecordedRequest[]; markFirstPaint: () => void } {
  const requests: RecordedRequest[] = [];
  let painted = false;
  context.on('request', (r) => {
    requests.push({ url: r.url(), method: r.method(), resourceType: r.resourceType(), fromServiceWorker: r.serviceWorker() !== null, afterFirstPaint: painted });
  });
  return { requests, markFirstPaint: () => { painted = true; } };
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * The app's own files: what the production build in dist/ holds (index.html, assets/*, sw.js, workbox-*.js,
 * manifest.webmanifest, the icons, favicon.svg), as paths from the site root, plus `/` (the index).
 */
export function appFilePaths(): Set<string> {
  const dist = resolve(root, 'dist');
  const paths = new Set<string>(['/']);
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = resolve(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else paths.add(`/${relative(dist, full).split('\\').join('/')}`);
    }
  };
  walk(dist);
  return paths;
}
