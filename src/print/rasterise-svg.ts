import type { Browser } from 'puppeteer-core';
import { enforcePolicy } from '../core/brief-policy.js';
import { openTab } from './print-pdf.js';

/**
 * An SVG figure as a PNG, `width` CSS pixels wide at `scale` device pixels
 * each (3 gives about 300 dpi for a figure a page wide), drawn by the build's
 * own browser in a tab of its own: JavaScript off, every request refused,
 * closed after. For formats that need a bitmap, such as Word's fallback image.
 */
export async function rasteriseSvg(browser: Browser, svg: string, width: number, scale: number): Promise<Uint8Array> {
  const { page } = await openTab(browser);
  try {
    await page.setViewport({ width, height: 100, deviceScaleFactor: scale });
    const html = `<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#fff">${svg}</body></html>`;
    await page.setContent(enforcePolicy(html), { waitUntil: 'load' });
    const figure = await page.$('svg');
    if (!figure) throw new Error('the figure has no <svg> element');
    return new Uint8Array(await figure.screenshot({ type: 'png', omitBackground: false }));
  } finally {
    await page.close().catch(() => undefined);
  }
}
