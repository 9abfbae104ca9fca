/**
 * conformance.html in a real browser (headless Chromium through playwright-core): the matrix, its
 * folding parts, the filters and their URL fragment, lazy timelines (a lifecycle check's grouped by
 * operation), no console errors, no network. Chromium is a
 * requirement of the self-tests, not an option: without it this test fails and says how to install it.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { renderHtml } from '../../reporters/html';
import { sanitizeReport } from '../../reporters/redact';
import { REQUIREMENTS } from '../../src/model/requirements';
import { bigReport, fixtureReport, lifecycleReport, SECRET } from './fixture';

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const OUT = resolve(__dirname, '..', '.out', 'reporters');
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

let context: BrowserContext;
let profile: string;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. The report's browser test needs it: install it with ` +
        '`apt-get install -y chromium` (or point CHROMIUM_PATH at a Chromium binary).',
    );
  }
  profile = mkdtempSync(join(tmpdir(), 'chromium-profile-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1400, height: 900 },
  });
}, 60_000);

afterAll(async () => {
  await context?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

function writePage(name: string, html: string): string {
  mkdirSync(OUT, { recursive: true });
  const path = join(OUT, name);
  writeFileSync(path, html);
  return path;
}

/** Opens a page and records what must never happen: console errors, uncaught errors, requests. */
async function open(path: string, fragment = '') {
  const page = await context.newPage();
  const problems: string[] = [];
  const pageUrl = pathToFileURL(path).href;
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`error: ${e.message}`));
  page.on('request', (r) => r.url().split('#')[0] !== pageUrl && problems.push(`request: ${r.url()}`));
  await page.goto(pageUrl + fragment);
  return { page, problems };
}

const visibleResults = (page: Page) =>
  page.$$eval('details.result', (nodes) =>
    nodes.filter((n) => !(n as HTMLElement).hidden).map((n) => (n as HTMLElement).dataset.id),
  );
const fragment = (page: Page) => new URL(page.url()).hash;

describe('conformance.html in Chromium', () => {
  const path = writePage('conformance.html', renderHtml(sanitizeReport(fixtureReport(), [SECRET])));

  test('the matrix renders and the failing requirement is red', async () => {
    const { page, problems } = await open(path);
    const cell = page.locator('tr[data-req="NTF-6"] td[data-channel="sms"] .cell');
    await expect(cell.textContent()).resolves.toBe('fail');
    expect(await cell.evaluate((n) => getComputedStyle(n).backgroundColor)).toBe('rgb(207, 34, 46)');
    const passing = page.locator('tr[data-req="NTF-6"] td[data-channel="chat"] .cell');
    expect(await passing.evaluate((n) => getComputedStyle(n).backgroundColor)).toBe('rgb(45, 164, 78)');
    expect(await page.locator('#overall b').textContent()).toBe('FAIL');
    await page.screenshot({ path: join(OUT, 'conformance.png'), fullPage: true });
    expect(await page.title()).not.toContain('pwned');
    expect(problems).toEqual([]);
    await page.close();
  });

  test('a filter hides what it should and updates the URL fragment', async () => {
    const { page, problems } = await open(path);
    expect(await visibleResults(page)).toHaveLength(10);
    await page.click('button[data-filter="verdict"][data-value="fail"]');
    expect(await visibleResults(page)).toEqual([
      'sms/accept/chatting-notification',
      'sms/accept/notification-order',
    ]);
    expect(fragment(page)).toBe('#verdict=fail');
    await page.click('button[data-filter="channel"][data-value="chat"]');
    expect(await visibleResults(page)).toEqual([]);
    expect(fragment(page)).toBe('#verdict=fail&channel=chat');
    expect(await page.locator('#matrix th[data-channel="sms"]').isHidden()).toBe(true);
    expect(await page.locator('#shown').textContent()).toBe('showing 0 of 10 checks');
    await page.click('#clear-filters');
    expect(await visibleResults(page)).toHaveLength(10);
    expect(fragment(page)).toBe('');
    expect(problems).toEqual([]);
    await page.close();
  });

  test('filters are restored from the fragment on load', async () => {
    const { page, problems } = await open(path, '#verdict=warn,info&channel=sms,general&group=ACC');
    expect(await visibleResults(page)).toEqual(['sms/accept/response', 'sms/accept/success-body']);
    expect(await page.getAttribute('button[data-filter="group"][data-value="ACC"]', 'aria-pressed')).toBe(
      'true',
    );
    expect(await page.locator('#matrix tbody[data-group="NTF"]').isHidden()).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('a timeline expands on click, with the evidence marked and the offending member highlighted', async () => {
    const { page, problems } = await open(path);
    const detail = page.locator('details[data-id="sms/accept/notification-order"]');
    expect(await detail.locator('details.ev').count()).toBe(0); // nothing drawn before it is opened
    await detail.locator('summary').first().click();
    await detail.locator('details.ev').nth(6).waitFor(); // drawn on the (asynchronous) toggle event
    expect(await detail.locator('details.ev').count()).toBe(7);
    expect(await detail.locator('details.ev.evidence').count()).toBe(2);
    expect(await detail.locator('mark.offending').first().textContent()).toBe(
      '"notificationType": "ParticipantsUpdated"',
    );
    expect(fragment(page)).toBe('#check=sms/accept/notification-order');
    // A plain event opens on click and shows its exchange.
    const offer = detail.locator('details.ev[data-seq="2"]');
    await offer.locator('summary').click();
    await offer.locator('.evbody').waitFor();
    expect(await offer.locator('.evbody').textContent()).toContain(
      'Request  POST http://127.0.0.1:8090/conformance/v1/sms/offers',
    );
    expect(await offer.locator('.evbody').textContent()).toContain('</script><img src=x onerror=');
    await page.screenshot({ path: join(OUT, 'conformance-detail.png'), fullPage: true });
    expect(await page.title()).not.toContain('pwned');
    expect(problems).toEqual([]);
    await page.close();
  });

  test('a shared link to a check opens it at the top of the page', async () => {
    const { page, problems } = await open(path, '#check=sms/accept/notification-order');
    const detail = page.locator('details[data-id="sms/accept/notification-order"]');
    await detail.locator('mark.offending').first().waitFor();
    await page.waitForFunction(() => window.scrollY > 0);
    const top = await detail.evaluate((n) => n.getBoundingClientRect().top);
    expect(top).toBeGreaterThan(40); // below the sticky filter bar
    expect(top).toBeLessThan(100);
    expect(problems).toEqual([]);
    await page.close();
  });

  test('a matrix cell leads to its check', async () => {
    const { page, problems } = await open(path, '#verdict=pass');
    await page.click('tr[data-req="NTF-1"] td[data-channel="sms"] .cell');
    const detail = page.locator('details[data-id="sms/accept/chatting-notification"]');
    expect(await detail.getAttribute('open')).toBe('');
    expect(await detail.isVisible()).toBe(true);
    expect(fragment(page)).toBe('#check=sms/accept/chatting-notification');
    expect(problems).toEqual([]);
    await page.close();
  });

  const inPart = (part: number) => REQUIREMENTS.filter((q) => q.part === part).length;
  const both = writePage('conformance-lifecycle.html', renderHtml(lifecycleReport()));
  const rowsShown = (page: Page, part: string) =>
    page.$$eval(
      `#matrix tbody[data-part="${part}"][data-group] tr[data-req]`,
      (rows) => rows.filter((r) => (r as HTMLElement).offsetParent !== null).length,
    );

  test('folding part 2 hides its rows, and a reload restores the fold from the fragment', async () => {
    const { page, problems } = await open(both);
    expect(await rowsShown(page, '2')).toBe(inPart(2));
    const fold = page.locator('button[data-fold="2"]');
    await fold.click();
    expect(await rowsShown(page, '2')).toBe(0);
    expect(await rowsShown(page, '1')).toBe(inPart(1));
    expect(await fold.getAttribute('aria-expanded')).toBe('false');
    expect(await fold.isVisible()).toBe(true); // the heading stays, to unfold it
    expect(fragment(page)).toBe('#fold=2');
    // Clearing the filters leaves the fold alone; a filter joins it in the fragment.
    await page.click('button[data-filter="verdict"][data-value="pass"]');
    expect(fragment(page)).toBe('#verdict=pass&fold=2');
    await page.click('#clear-filters');
    expect(fragment(page)).toBe('#fold=2');
    await page.reload();
    expect(await rowsShown(page, '2')).toBe(0);
    expect(await page.getAttribute('button[data-fold="2"]', 'aria-expanded')).toBe('false');
    await page.screenshot({ path: join(OUT, 'conformance-folded.png') });
    await page.click('button[data-fold="2"]');
    expect(await rowsShown(page, '2')).toBe(inPart(2));
    expect(fragment(page)).toBe('');
    expect(problems).toEqual([]);
    await page.close();
  });

  test("a lifecycle check's timeline is grouped under its operations", async () => {
    const { page, problems } = await open(both, '#check=chat/lifecycle/late-operation');
    const detail = page.locator('details[data-id="chat/lifecycle/late-operation"]');
    await detail.locator('section.op').nth(3).waitFor();
    expect(await detail.locator('.op-label').allTextContents()).toEqual([
      'Before the first operation',
      'Accept',
      'Complete',
      'Complete (late:Complete)',
    ]);
    const late = detail.locator('section.op').nth(3);
    expect(await late.locator('.op-line').allTextContents()).toEqual([
      '→ {"operationName":"Complete"}',
      '← 200 {"statusCode":2,"statusMessage":"Complete is not valid in state Completed"}',
    ]);
    expect(await late.locator('details.ev.evidence').getAttribute('data-seq')).toBe('36');
    // The Completed notification is under the Complete that caused it.
    const complete = detail.locator('section.op').nth(2);
    expect(await complete.locator('details.ev').evaluateAll((n) => n.map((e) => e.dataset.seq))).toEqual([
      '34',
      '35',
    ]);
    await detail.screenshot({ path: join(OUT, 'conformance-lifecycle.png') });
    expect(problems).toEqual([]);
    await page.close();
  });

  test('10,000 events: the page loads fast and a timeline draws its first page only', async () => {
    const big = writePage('conformance-10k.html', renderHtml(bigReport(10_000)));
    const started = Date.now();
    const { page, problems } = await open(big);
    expect(Date.now() - started).toBeLessThan(5000);
    const detail = page.locator('details[data-id="sms/accept/notification-order"]');
    await detail.locator('summary').first().click();
    await detail.locator('details.ev').nth(299).waitFor();
    expect(await detail.locator('details.ev').count()).toBe(300);
    expect(await detail.locator('button.more').textContent()).toBe('show 300 more of 9707');
    expect(Date.now() - started).toBeLessThan(8000);
    expect(problems).toEqual([]);
    await page.close();
  });
});
