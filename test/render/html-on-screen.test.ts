import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBrowser } from '../../src/print/find-browser.js';
import { runCli } from '../helpers/cli.js';
import { REPO } from '../helpers/fixtures.js';

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };
const BRIEFS = ['analyst', 'minister', 'handouts'] as const;

/**
 * The sample's HTML as a reader opens it in a browser (JavaScript off, as the
 * brief's policy has it): on a phone, on a laptop, and printed by the browser
 * itself rather than by our PDF pass. Read back from a real Chromium.
 */
describe('the sample HTML on screen', () => {
  let work: string;
  let out: string;
  let urdu: string;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'brief-html-screen-'));
    out = join(work, 'output');
    // The handouts' HTML is the one written beside their PDF (the set makes no HTML of its own), so they are printed too.
    const built = await runCli('--project', REPO, 'build', 'kashmir-2025', '--audience', 'analyst,minister', '--format', 'html', '--quiet', '--out', out);
    expect(built.code, built.stderr).toBe(0);
    const handouts = await runCli('--project', REPO, 'build', 'kashmir-2025', '--audience', 'handout', '--format', 'pdf', '--quiet', '--out', join(out, 'printed'));
    expect(handouts.code, handouts.stderr).toBe(0);
    // The Urdu handouts, right to left: their pack laid over a copy of the sample, as test/i18n/sample-urdu.test.ts does.
    const project = join(work, 'urdu');
    cpSync(join(REPO, 'options'), join(project, 'options'), { recursive: true });
    cpSync(join(REPO, 'examples', 'urdu-handouts', 'kashmir-2025-ur.yaml'), join(project, 'options', 'packs', 'kashmir-2025-ur.yaml'));
    const builtUrdu = await runCli('--project', project, 'build', 'kashmir-2025-ur', '--audience', 'analyst', '--format', 'html', '--quiet', '--out', out);
    expect(builtUrdu.code, builtUrdu.stderr).toBe(0);
    const urduHandouts = await runCli('--project', project, 'build', 'kashmir-2025-ur', '--audience', 'handout', '--format', 'pdf', '--quiet', '--out', join(out, 'printed'));
    expect(urduHandouts.code, urduHandouts.stderr).toBe(0);
    urdu = join(out, 'kashmir-2025-ur');
    browser = await puppeteer.launch({ executablePath: findBrowser().path, args: ['--no-sandbox'], headless: true });
    page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    rmSync(work, { recursive: true, force: true });
  });

  const open = async (file: string, viewport: { width: number; height: number }) => {
    await page.emulateMediaType('screen');
    await page.setViewport(viewport);
    await page.goto(`file://${file}`, { waitUntil: 'load' });
  };
  /** Where a brief's HTML was written: each build into a folder of its own, as a build removes what its last one made. */
  const sample = (brief: string) => (brief === 'handouts' ? join(out, 'printed', 'kashmir-2025', 'handouts.html') : join(out, 'kashmir-2025', `${brief}.html`));

  it.each([...BRIEFS.map((b) => [b, () => sample(b)] as const), ['Urdu analyst', () => join(urdu, 'analyst.html')] as const, ['Urdu handouts', () => join(out, 'printed', 'kashmir-2025-ur', 'handouts.html')] as const])(
    'does not scroll sideways on a 390 px phone: %s',
    async (_, file) => {
      await open(file(), PHONE);
      const wide = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        // Anything that reaches past the screen's edges, but inside a box that scrolls on its own.
        out: Array.from(document.body.querySelectorAll('*'))
          .filter((e) => !e.closest('.scroll-region') && e.getClientRects().length > 0)
          .filter((e) => {
            const r = e.getBoundingClientRect();
            return r.right > innerWidth + 0.5 || r.left < -0.5;
          })
          .map((e) => `${e.tagName.toLowerCase()}.${e.className}`)
          .slice(0, 5),
      }));
      expect(wide.out).toEqual([]);
      expect(wide.page).toBeLessThanOrEqual(PHONE.width);
    },
  );

  it.each([
    ['left to right', () => sample('analyst')],
    ['right to left', () => join(urdu, 'analyst.html')],
  ])('keeps every score of the matrix reachable on a phone, the option column in view (%s)', async (_, file) => {
    await open(file(), PHONE);
    const seen = await page.evaluate(() => {
      const region = document.querySelector('#comparison .scroll-region')!;
      const inView = (e: Element) => {
        const r = e.getBoundingClientRect();
        return r.left >= -0.5 && r.right <= innerWidth + 0.5;
      };
      const head = Array.from(region.querySelectorAll('thead th'));
      const before = { width: region.getBoundingClientRect().width, overflows: region.scrollWidth > region.clientWidth, lastInView: inView(head.at(-1)!) };
      // Scrolled to its far end (negative for right to left), the last criterion and the option column are both in view.
      region.scrollLeft = getComputedStyle(region).direction === 'rtl' ? -region.scrollWidth : region.scrollWidth;
      return { before, lastInView: inView(head.at(-1)!), optionInView: inView(head[0]!), scores: region.querySelectorAll('tbody td.score').length };
    });
    expect(seen.before.width).toBeLessThanOrEqual(PHONE.width);
    expect(seen.before.overflows).toBe(true);
    expect(seen.before.lastInView).toBe(false);
    expect(seen.lastInView).toBe(true);
    expect(seen.optionInView).toBe(true);
    expect(seen.scores).toBeGreaterThan(0);
  });

  it('draws the timeline on a phone at the size of its own units, in a box that scrolls', async () => {
    await open(sample('analyst'), PHONE);
    const figure = await page.evaluate(() => {
      const svg = document.querySelector<SVGSVGElement>('#timeline svg')!;
      const region = svg.closest('.scroll-region')!;
      return { scale: svg.getBoundingClientRect().width / svg.viewBox.baseVal.width, region: region.getBoundingClientRect().width };
    });
    // Labels of 11.5 units print at 11.5 px or more, not the 6 px of a figure squeezed to the screen.
    expect(figure.scale).toBeGreaterThanOrEqual(1);
    expect(figure.region).toBeLessThanOrEqual(PHONE.width);
  });

  it('wraps every web address of the sources inside its entry on a phone', async () => {
    await open(sample('analyst'), PHONE);
    const urls = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.source-list a[href^="http"]')).map((a) => {
        const box = a.closest('li')!.getBoundingClientRect();
        const spills = Array.from(a.getClientRects()).some((r) => r.right > box.right + 0.5 || r.left < box.left - 0.5);
        return { href: a.getAttribute('href'), spills };
      }),
    );
    expect(urls.length).toBeGreaterThan(20);
    expect(urls.filter((u) => u.spills)).toEqual([]);
  });

  it('gives each citation a target a thumb can hit, reaching past its number', async () => {
    await open(sample('minister'), PHONE);
    const hits = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.cite a')).slice(0, 20).map((a) => {
        a.scrollIntoView({ block: 'center' });
        const r = a.getBoundingClientRect();
        const x = r.left + r.width / 2;
        // Points 5 px above and below the number's box (some 14 px tall) still land on the link: a target over 24 px tall.
        return [r.top - 5, r.bottom + 5].every((y) => document.elementFromPoint(x, y)?.closest('a') === a);
      }),
    );
    expect(hits.length).toBeGreaterThan(5);
    expect(hits.every(Boolean)).toBe(true);
  });

  it.each([
    ['phone', PHONE, 17],
    ['laptop', LAPTOP, 18],
  ] as const)('sets the text in %s size', async (_, viewport, px) => {
    for (const brief of BRIEFS) {
      await open(sample(brief), viewport);
      const size = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.summary p, .bottom-line p, main p')!).fontSize));
      expect(size, brief).toBe(px);
    }
  });

  it('keeps lines of prose to about 60–75 characters on a laptop, none over 85', async () => {
    for (const brief of BRIEFS) {
      await open(sample(brief), LAPTOP);
      // The length of every line of every paragraph but its last: each character's box tells its line.
      const lines = await page.evaluate(() =>
        Array.from(document.querySelectorAll('p'))
          // Paragraphs at the body's size: a note in smaller type fits more to the same measure.
          .filter((p) => getComputedStyle(p).fontSize === getComputedStyle(document.documentElement).fontSize)
          .flatMap((p) => {
            const range = document.createRange();
            const tops: number[] = [];
            const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              for (let i = 0; i < node.textContent!.length; i++) {
                range.setStart(node, i);
                range.setEnd(node, i + 1);
                const rect = range.getClientRects()[0];
                if (rect && rect.width > 0) tops.push(Math.round(rect.top));
              }
            }
            const counts = new Map<number, number>();
            let line = 0;
            for (let i = 0; i < tops.length; i++) {
              if (i > 0 && tops[i]! > tops[i - 1]! + 4) line++;
              counts.set(line, (counts.get(line) ?? 0) + 1);
            }
            return [...counts.values()].slice(0, -1);
          }),
      );
      lines.sort((a, b) => a - b);
      expect(lines.length, brief).toBeGreaterThan(10);
      const median = lines[Math.floor(lines.length / 2)]!;
      expect(median, brief).toBeGreaterThanOrEqual(60);
      expect(median, brief).toBeLessThanOrEqual(75);
      expect(lines.at(-1), brief).toBeLessThanOrEqual(85);
    }
  });

  it('keeps the analyst brief\'s contents in view beside the text on a laptop', async () => {
    await open(sample('analyst'), LAPTOP);
    const nav = await page.evaluate(() => {
      scrollTo(0, document.documentElement.scrollHeight / 2);
      const contents = document.querySelector('nav.contents')!.getBoundingClientRect();
      const main = document.querySelector('main')!.getBoundingClientRect();
      return { top: contents.top, bottom: contents.bottom, beside: contents.right <= main.left };
    });
    expect(nav.beside).toBe(true);
    expect(nav.top).toBeGreaterThanOrEqual(0);
    expect(nav.top).toBeLessThan(LAPTOP.height);
  });

  it('prints from a browser without blank page numbers in the contents, the entries still listed', async () => {
    await open(sample('analyst'), LAPTOP);
    await page.emulateMediaType('print');
    const contents = await page.evaluate(() => ({
      entries: Array.from(document.querySelectorAll('nav.contents li')).filter((li) => li.getClientRects().length > 0).length,
      // A number our PDF pass has not written (there is none in the HTML) is not laid out at all.
      blank: Array.from(document.querySelectorAll('[data-page-of]')).filter((e) => e.getClientRects().length > 0 && !e.textContent!.trim()).length,
      numbers: document.querySelectorAll('[data-page-of]').length,
    }));
    expect(contents.numbers).toBeGreaterThan(10);
    expect(contents.entries).toBe(contents.numbers);
    expect(contents.blank).toBe(0);
  });
});
