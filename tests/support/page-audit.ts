import type { BrowserContext, Page } from 'playwright-core';

/**
 * Opens a page in Chromium and records what went wrong while it loaded: requests to other hosts,
 * failed or erroring requests, Content-Security-Policy violations and console errors.
 */

export interface PageProblems {
  /** HTTP status of the page itself. */
  status: number | null;
  /** Requests to any host but the site's. */
  external: string[];
  /** Sub-resources that failed or answered 4xx/5xx. */
  failed: string[];
  /** Blocked by the Content-Security-Policy: directive and what was blocked. */
  csp: string[];
  consoleErrors: string[];
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Records CSP violations from the first script of every page (init scripts are exempt from the CSP). */
export async function watchCsp(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations!.push(
        `${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
}

export async function openPage(context: BrowserContext, url: string): Promise<{ page: Page; problems: PageProblems }> {
  const page = await context.newPage();
  const origin = new URL(url).origin;
  const problems: PageProblems = { status: null, external: [], failed: [], csp: [], consoleErrors: [] };
  page.on('request', (request) => {
    if (!request.url().startsWith(origin) && !request.url().startsWith('data:')) problems.external.push(request.url());
  });
  page.on('requestfailed', (request) => problems.failed.push(`${request.url()} (${request.failure()?.errorText})`));
  page.on('response', (response) => {
    // The page's own status is reported separately (the 404 page is meant to answer 404).
    const isPage = response.request().isNavigationRequest() && response.frame() === page.mainFrame();
    if (response.status() >= 400 && !isPage) {
      problems.failed.push(`${response.url()} (HTTP ${response.status()})`);
    }
  });
  page.on('console', (message) => {
    // The 404 page's own status is reported by the browser as a console error; it is expected there.
    if (message.type() === 'error' && !/status of 404/.test(message.text()))
      problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(String(error)));
  const response = await page.goto(url, { waitUntil: 'load' });
  problems.status = response?.status() ?? null;
  problems.csp = await page.evaluate(() => window.__cspViolations ?? []);
  return { page, problems };
}
