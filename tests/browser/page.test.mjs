// Loads the page of a running `isnad serve` in headless Chromium: runs an example
// query, checks the results table and the graph view, looks an entity up by an Arabic
// spelling, and saves a screenshot.
//
// Usage: node page.test.mjs BASE_URL SCREENSHOT.png   (run by tests/serve.rs)
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [base, shot] = process.argv.slice(2);
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const profile = mkdtempSync(join(tmpdir(), 'isnad-chromium-'));

function check(cond, what) {
  if (!cond) throw new Error('FAILED: ' + what);
  console.log('ok - ' + what);
}

const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless: true,
  viewport: { width: 1280, height: 900 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = context.pages()[0] || (await context.newPage());
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // nothing may come from outside the server: the page must work offline
  const outside = [];
  page.on('request', (r) => { if (!r.url().startsWith(base)) outside.push(r.url()); });

  await page.goto(base + '/');
  await page.waitForSelector('#examples option[value="visits"]', { state: 'attached' });

  // an example SELECT fills the table
  await page.selectOption('#examples', 'visits');
  check((await page.inputValue('#editor')).includes('visited'), 'the example fills the editor');
  await page.click('#run');
  await page.waitForSelector('#results tbody tr');
  const headers = await page.$$eval('#results th', (ths) => ths.map((t) => t.textContent));
  check(headers.includes('visitor') && headers.includes('place'), 'the table has the query\'s columns: ' + headers);
  const cells = await page.$$eval('#results td', (tds) => tds.map((t) => t.textContent));
  check(cells.some((c) => c.includes('Moscow')), 'the table shows Moscow');
  check(/2 rows/.test(await page.textContent('#status')), 'the status counts the rows');

  // the CONSTRUCT example draws the graph view
  await page.selectOption('#examples', 'graph-of-facts');
  await page.click('#run');
  await page.waitForSelector('#graph g.node');
  const nodes = await page.$$eval('#graph g.node text', (ts) => ts.map((t) => t.textContent));
  check(nodes.length >= 5 && nodes.includes('Moscow'), `the graph view draws ${nodes.length} nodes, Moscow among them`);
  check((await page.$$('#graph line.edge')).length >= 3, 'the graph view draws edges');
  check(await page.isVisible('#graph'), 'the graph is visible');

  // a malformed query shows the parser's message
  await page.fill('#editor', 'SELECT ?s WHERE { ?s ?p }');
  await page.click('#run');
  await page.waitForSelector('#status.error');
  check((await page.textContent('#status')).includes('400'), 'a bad query shows a 400 with the message');

  // the lookup box finds an entity by an Arabic spelling
  await page.fill('#lookup-input', 'إردوغان');
  await page.click('#lookup-button');
  await page.waitForSelector('#card dl');
  const card = await page.textContent('#card');
  check(card.includes('Recep Tayyip Erdoğan') && card.includes('رجب طيب أردوغان'), 'the card names Erdoğan in both scripts');
  await page.waitForSelector('#graph g.node.focus');
  const neighbours = await page.$$eval('#graph g.node text', (ts) => ts.map((t) => t.textContent));
  check(neighbours.includes('Moscow') && neighbours.includes('Vladimir Putin'), 'the neighbourhood graph shows Moscow and Putin');
  const dirs = await page.$$eval('#results td', (tds) => tds.filter((t) => /[\u0600-\u06FF]/.test(t.textContent)).map((t) => getComputedStyle(t).direction));
  check(dirs.length > 0 && dirs.every((d) => d === 'rtl'), 'Arabic sentences are shown right-to-left');

  // an ambiguous name offers choices
  await page.fill('#lookup-input', 'Mohammed');
  await page.click('#lookup-button');
  await page.waitForSelector('#choices button.choice');
  check((await page.$$('#choices button.choice')).length > 1, 'an ambiguous name lists the candidates');

  // back to Erdoğan for the screenshot, with an example in the editor
  await page.selectOption('#examples', 'visits');
  await page.fill('#lookup-input', 'إردوغان');
  await page.click('#lookup-button');
  await page.waitForSelector('#graph g.node.focus');
  await page.screenshot({ path: shot, fullPage: true });
  console.log('screenshot: ' + shot);

  check(errors.length === 0, 'no script errors: ' + errors.join('; '));
  check(outside.length === 0, 'no request leaves the server: ' + outside.join(', '));
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
