import type { Browser } from 'puppeteer-core';
import { openTab, printPdf, type Printed, type PrintJob, type Tab } from './print-pdf.js';

/**
 * Idle tabs of each browser. Opening a tab and setting it up costs about as
 * much as printing a one-page brief, so tabs are kept and reused: each print
 * replaces the document, and JavaScript is off, so nothing of one brief
 * remains for the next. A tab whose print failed is closed, never reused.
 */
const idleTabs = new WeakMap<Browser, Tab[]>();

function idleOf(browser: Browser): Tab[] {
  let idle = idleTabs.get(browser);
  if (!idle) idleTabs.set(browser, (idle = []));
  return idle;
}

/** Prints in an idle tab of the browser, or a new one; the tab is kept for the next print unless this one failed. */
export async function printInTab(browser: Browser, job: PrintJob): Promise<Printed> {
  const idle = idleOf(browser);
  const tab = idle.pop() ?? (await openTab(browser));
  try {
    const printed = await printPdf(tab, job);
    idle.push(tab);
    return printed;
  } catch (error) {
    await tab.page.close().catch(() => undefined);
    throw error;
  }
}

