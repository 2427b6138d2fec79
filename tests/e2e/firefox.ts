// Firefox for the end-to-end tests: Debian's firefox-esr driven over WebDriver BiDi by puppeteer-core, with
// the tests' Firefox build installed as a temporary add-on.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { BUILT } from './harness';

export const FIREFOX = process.env.WHOSAID_FIREFOX ?? '/usr/bin/firefox-esr';
const ADDON = join(BUILT, 'firefox-mv2');
/** The add-on's internal UUID, fixed by a preference so that its pages have a known address. */
const UUID = '6f1c2d4e-5a7b-4c3d-9e8f-0a1b2c3d4e5f';

export interface Firefox {
  browser: Browser;
  /** The address of one of the add-on's pages: `extensionUrl('popup.html')`. */
  extensionUrl(path: string): string;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<Firefox> {
  if (!existsSync(FIREFOX))
    throw new Error(
      `no Firefox at ${FIREFOX}: install Debian's (apt-get install -y firefox-esr) or set WHOSAID_FIREFOX`,
    );
  const manifest = JSON.parse(readFileSync(join(ADDON, 'manifest.json'), 'utf8'));
  const id: string = manifest.browser_specific_settings.gecko.id;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX,
    headless: true,
    // Firefox 153 lets WebDriver open the add-on's own pages only with system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [id]: UUID }) },
  });
  await browser.installExtension(ADDON);
  return { browser, extensionUrl: (path) => `moz-extension://${UUID}/${path}`, close: () => browser.close() };
}

/**
 * Opens one of the add-on's pages in a new tab. WebDriver BiDi never reports such a navigation as done, so
 * the tab is ready when its document is; asking while the tab is between documents fails, and is asked again.
 */
export async function openExtensionPage(firefox: Firefox, path: string): Promise<Page> {
  const page = await firefox.browser.newPage();
  const url = firefox.extensionUrl(path);
  page.goto(url, { waitUntil: 'domcontentloaded' }).catch(() => {});
  const deadline = Date.now() + 15_000;
  for (;;) {
    const ready = await page
      .evaluate((want) => location.href === want && document.readyState === 'complete', url)
      .catch(() => false);
    if (ready) return page;
    if (Date.now() > deadline) throw new Error(`Firefox did not open ${path} within 15 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
