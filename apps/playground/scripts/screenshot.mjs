// Screenshots of stories in Debian's chromium, for looking at them:
//   node scripts/screenshot.mjs [--url http://127.0.0.1:6006] [--out /tmp/shots] [--width 1200] [--viewport] story-id[?globals=locale:en;theme:dark] …
// Works against `pnpm storybook` or a served static build.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
let base = 'http://127.0.0.1:6006';
let out = '/tmp/chitieu-shots';
let width = 1200;
let fullPage = true;
const ids = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--url') base = args[++i];
  else if (args[i] === '--out') out = args[++i];
  else if (args[i] === '--width') width = Number(args[++i]);
  else if (args[i] === '--viewport') fullPage = false;
  else ids.push(args[i]);
}
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const page = await browser.newPage({ viewport: { width, height: 800 } });
for (const spec of ids) {
  const [id, query = ''] = spec.split('?');
  const viewMode = id.endsWith('--docs') ? 'docs' : 'story';
  await page.goto(`${base}/iframe.html?id=${id}&viewMode=${viewMode}${query ? `&${query}` : ''}`, {
    waitUntil: 'networkidle',
  });
  await page.waitForSelector(viewMode === 'docs' ? '#storybook-docs .sbdocs' : '#storybook-root > *', {
    timeout: 30_000,
  });
  await page.waitForTimeout(300);
  const file = join(out, `${spec.replace(/[^a-z0-9-]+/gi, '_')}.png`);
  await page.screenshot({ path: file, fullPage });
  console.log(file);
}
await browser.close();
