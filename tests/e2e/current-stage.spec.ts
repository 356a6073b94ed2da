import { expect, test } from '@playwright/test';

// The site was built today (the 2020 round long over); the browser re-checks the stage against its
// own clock, so a page built on one day is right on another. The clock is fixed per test.
const cases = [
  { at: '2020-01-05T12:00:00+03:00', current: null, status: /До начала отбора/ },
  { at: '2020-02-01T12:00:00+03:00', current: 'collection', status: /Сейчас идёт этап «Сбор заявок»: 13 января – 17 февраля 2020/ },
  { at: '2020-02-17T23:30:00+03:00', current: 'collection', status: /«Сбор заявок»/ },
  { at: '2020-02-18T00:30:00+03:00', current: 'technical_review', status: /«Техническая экспертиза»/ },
  { at: '2020-02-25T09:00:00+03:00', current: 'main_selection', status: /«Основной отбор»/ },
  { at: '2020-03-03T10:00:00+03:00', current: 'announcement', status: /«Объявление финалистов»/ },
  { at: '2020-03-04T10:00:00+03:00', current: null, status: /Отбор 2020 года завершён/ },
] as const;

for (const { at, current, status } of cases) {
  test(`on ${at} the selection page marks ${current ?? 'no stage'} as current`, async ({ page }) => {
    await page.clock.setFixedTime(new Date(at));
    await page.goto('/selection/');
    await expect(page.locator('[data-round-status]')).toHaveText(status);
    const marked = page.locator('[data-timeline] > li[aria-current="step"]');
    if (current) {
      await expect(marked).toHaveCount(1);
      await expect(marked).toHaveAttribute('data-stage-kind', current);
      await expect(marked.locator('[data-stage-badge]')).toHaveText('Идёт сейчас');
    } else {
      await expect(marked).toHaveCount(0);
    }
  });
}

test('the home page shows the same stage as the selection page', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2020-02-20T12:00:00+03:00'));
  await page.goto('/');
  await expect(page.locator('[data-round-status]')).toContainText('«Техническая экспертиза»');
});

test('finished stages are marked as such', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2020-02-25T09:00:00+03:00'));
  await page.goto('/selection/');
  const badges = page.locator('[data-timeline] [data-stage-badge]');
  await expect(badges).toHaveText(['Завершён', 'Завершён', 'Идёт сейчас', 'Предстоит']);
});
