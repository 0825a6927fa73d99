/**
 * Two editors, each in a browser of their own, on one incident: whoever saves first, neither
 * loses their change, and a field both changed is decided by the second editor, explicitly.
 */
import { type Browser, expect, type Page, test } from '@playwright/test';
import { SECOND_EDITOR } from './accounts';
import { newIncident } from './incidents';
import { signIn } from './sign-in';

async function editors(browser: Browser): Promise<[Page, Page, () => Promise<void>]> {
  const contexts = [await browser.newContext(), await browser.newContext()];
  const [a, b] = (await Promise.all(contexts.map((c) => c.newPage()))) as [Page, Page];
  await signIn(a, 'editor');
  await signIn(b, SECOND_EDITOR);
  return [a, b, async () => Promise.all(contexts.map((c) => c.close())).then(() => undefined)];
}

async function saveChanges(page: Page) {
  await page.getByRole('button', { name: 'Save changes' }).click();
}

for (const order of ['title first, then summary', 'summary first, then title'] as const) {
  test(`two editors change different fields (${order}): after the conflict, saving again keeps both`, async ({
    browser,
  }) => {
    test.slow(); // two browsers, two sign-ins, on a shared machine
    const [a, b, close] = await editors(browser);
    const id = await newIncident(a, {
      title: `Shared incident, ${order.startsWith('title') ? 'one' : 'two'}`,
    });
    await a.goto(`/incidents/${id}/edit`);
    await b.goto(`/incidents/${id}/edit`);
    const [first, second] = order === 'title first, then summary' ? [a, b] : [b, a];
    const edit = async (page: Page) =>
      page === a
        ? a.getByLabel('Title', { exact: true }).fill('Heading changed by the first editor')
        : b.getByLabel('Summary', { exact: true }).fill('Summary changed by the second editor.');

    await edit(first);
    await saveChanges(first);
    await expect(first).toHaveURL(new RegExp(`/incidents/${id}$`));

    await edit(second);
    await saveChanges(second);
    const conflict = second.getByRole('region', { name: /Changed meanwhile/ });
    await expect(conflict).toBeVisible();
    // The answer comes to the editor: focused and scrolled to, not above the fold they saved from.
    const message = second
      .getByRole('alert')
      .filter({ hasText: /saved this incident while you were editing/ });
    await expect(message).toBeFocused();
    await expect(message).toBeInViewport();
    await saveChanges(second);
    await expect(second).toHaveURL(new RegExp(`/incidents/${id}$`));

    // What is stored, read from the fields (the page's history quotes old values too).
    await second.goto(`/incidents/${id}/edit`);
    await expect(second.getByLabel('Title', { exact: true })).toHaveValue(
      'Heading changed by the first editor',
    );
    await expect(second.getByLabel('Summary', { exact: true })).toHaveValue(
      'Summary changed by the second editor.',
    );
    await close();
  });
}

test('two editors change the same field: saving again waits for an explicit choice, then keeps it', async ({
  browser,
}) => {
  test.slow(); // two browsers, two sign-ins, on a shared machine
  const [a, b, close] = await editors(browser);
  const id = await newIncident(a, { title: 'Shared incident, same field' });
  await a.goto(`/incidents/${id}/edit`);
  await b.goto(`/incidents/${id}/edit`);

  await a.getByLabel('Title', { exact: true }).fill('Heading by the first editor');
  await a.getByLabel('Type', { exact: true }).selectOption('attack');
  await saveChanges(a);
  await expect(a).toHaveURL(new RegExp(`/incidents/${id}$`));

  await b.getByLabel('Title', { exact: true }).fill('Heading by the second editor');
  await b.getByLabel('Summary', { exact: true }).fill('Summary by the second editor.');
  await saveChanges(b);
  const conflict = b.getByRole('region', { name: /Changed meanwhile/ });
  const choice = conflict.getByRole('group', { name: /Title: both changed it/ });
  await expect(choice).toBeVisible();
  // The other editor's type is taken into the form; the second editor's title and summary stay.
  await expect(b.getByLabel('Type', { exact: true })).toHaveValue('attack');
  await expect(b.getByLabel('Title', { exact: true })).toHaveValue('Heading by the second editor');

  // Saving without choosing stores nothing and asks again.
  await saveChanges(b);
  await expect(b.getByRole('alert').filter({ hasText: /both changed the title/ })).toBeVisible();
  await expect(b).toHaveURL(new RegExp(`/incidents/${id}/edit$`));

  await choice.getByRole('radio', { name: 'Keep the stored value' }).check();
  await saveChanges(b);
  await expect(b).toHaveURL(new RegExp(`/incidents/${id}$`));
  await b.goto(`/incidents/${id}/edit`);
  await expect(b.getByLabel('Title', { exact: true })).toHaveValue('Heading by the first editor');
  await expect(b.getByLabel('Summary', { exact: true })).toHaveValue('Summary by the second editor.');
  await expect(b.getByLabel('Type', { exact: true })).toHaveValue('attack');
  await close();
});
