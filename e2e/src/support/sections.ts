import type { Page } from 'playwright-core';
import { expectAccessible, expectNoSidewaysScroll } from './cabinet';

/** axe on the page as it is, at a desktop width and at 375 px (with no sideways scroll there). */
export async function expectAccessibleAtBothSizes(page: Page, where: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 900 });
  await expectAccessible(page, `${where} (desktop)`);
  await page.setViewportSize({ width: 375, height: 812 });
  await expectAccessible(page, `${where} at 375 px`);
  await expectNoSidewaysScroll(page, `${where} at 375 px`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** The holder's left panel's link to a section, clicked, and the section's heading awaited. */
export async function openSection(page: Page, label: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Кабинет сертификата' }).getByRole('link', { name: label }).click();
  await page.getByRole('heading', { name: label, level: 1 }).waitFor();
}

/** `datetime-local`'s value for `days` from now, at 10:00. */
export function daysAhead(days: number): string {
  const day = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  return `${day}T10:00`;
}
