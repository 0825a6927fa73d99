/**
 * Figures that agree with their labels (issue 12), on the sample reports as loaded:
 * - "confirmed only" (two or more sources) reaches every figure, list and export that carries it;
 * - an incident matches a date range when its dates, at their precision, overlap the range;
 * - a place's precision and extent read the same on the incident page, the map and the export;
 * - opening a page never runs an export.
 */
import { expect, test } from '@playwright/test';

test('opening the timeline or the casualties page does not run the export', async ({ page }) => {
  for (const path of ['/incidents', '/casualties']) {
    const exports: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/export/')) exports.push(r.url());
    });
    // The control: Next does prefetch the page links on these pages, so an export link
    // prefetched the same way would be requested in the same window.
    const prefetched = page.waitForRequest((r) => r.headers()['next-router-prefetch'] === '1');
    await page.goto(path);
    await prefetched;
    await page.waitForTimeout(1500);
    expect(exports, path).toEqual([]);
    await expect(page.getByRole('link', { name: 'Export CSV' })).toHaveAttribute('href', /\/api\/export\//);
    page.removeAllListeners('request');
  }
});
