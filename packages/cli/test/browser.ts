/**
 * Debian's Chromium driven by playwright-core, for the report tests. Outside CI a missing browser skips
 * the suite with a message; under CI=true it is a failure (.ci/run installs chromium with apt-get).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { isCI } from '../../../tools/shared-data.js';

/** The browser binary (override with TACTICAL_CHROMIUM). */
export const chromiumPath = process.env.TACTICAL_CHROMIUM ?? '/usr/bin/chromium';

/** `describe` that needs Chromium: skipped with a message when absent, failing under CI. */
export function describeBrowser(name: string, body: () => void): void {
  if (existsSync(chromiumPath)) describe(name, body);
  else if (isCI)
    describe(name, () =>
      it('needs Chromium', () => {
        throw new Error(
          `${chromiumPath} is missing under CI (.ci/run installs it: apt-get install chromium)`,
        );
      }),
    );
  else
    describe.skip(name, () => it(`skipped: ${chromiumPath} is absent (apt-get install chromium)`, () => {}));
}

/** A headless browser with a fresh profile; `close()` removes the profile. */
export async function launch(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'tactical-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** What a page did while loading: console errors, uncaught errors, requests that left the file. */
export interface PageWatch {
  errors: string[];
  requests: string[];
}

/** Open a local HTML file, recording errors and any request other than the file itself. */
export async function openReport(
  context: BrowserContext,
  file: string,
): Promise<{ page: Page; watch: PageWatch; ms: number }> {
  const page = await context.newPage();
  const watch: PageWatch = { errors: [], requests: [] };
  const url = `file://${file}`;
  page.on('console', (m) => {
    if (m.type() === 'error') watch.errors.push(m.text());
  });
  page.on('pageerror', (e) => watch.errors.push(String(e)));
  page.on('request', (r) => {
    if (r.url() !== url && !r.url().startsWith('data:')) watch.requests.push(r.url());
  });
  const started = performance.now();
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30_000 });
  return { page, watch, ms: performance.now() - started };
}
