import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './harness.ts';

let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});

afterAll(async () => {
  await h?.close();
});

describe('arbejdsbordet i browseren', () => {
  it('starter med knapperne til et nyt projekt og viser de fire faner', async () => {
    const { page, context, errors } = await h.newPage();
    await expect(page.getByRole('button', { name: 'Nyt projekt fra budget' }).isVisible()).resolves.toBe(
      true,
    );
    await expect(page.getByRole('button', { name: 'Åbn projekt' }).isVisible()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Tomt projekt' }).click();
    for (const name of ['Budget', 'Forslag', 'Oversigt', 'Værktøjer']) {
      expect(await page.getByRole('tab', { name }).count()).toBe(1);
    }
    expect(await page.getByRole('tab', { name: 'Forslag' }).getAttribute('aria-selected')).toBe('true');
    await page.getByRole('grid').first().waitFor();
    await h.shot(page, 'frame');
    expect(errors).toEqual([]);
    await context.close();
  });
});
