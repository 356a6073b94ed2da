import { expect, test } from '@playwright/test';

test('the skip link is the first Tab stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/selection/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Перейти к основному содержанию' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
  await expect(page.locator('main#main')).toBeFocused();
});

test('the header navigation works by keyboard and marks the current page', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Основное меню' });
  for (const [name, path] of [
    ['Тематики', '/topics/'],
    ['Отбор', '/selection/'],
    ['Акселератор', '/accelerator/'],
    ['Платформа', '/platform/'],
    ['Сборник практик', '/practices/'],
  ] as const) {
    await nav.getByRole('link', { name, exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(nav.getByRole('link', { name, exact: true })).toHaveAttribute('aria-current', 'page');
  }
});

test('on a phone the menu opens by keyboard and leads on', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Основное меню' });
  await expect(nav.getByRole('link', { name: 'Акселератор' })).toBeHidden();
  await page.locator('details.menu > summary').focus();
  await page.keyboard.press('Enter');
  await nav.getByRole('link', { name: 'Акселератор' }).click();
  await expect(page).toHaveURL(/\/accelerator\/$/);
});
