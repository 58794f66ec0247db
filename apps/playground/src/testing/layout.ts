import { expect } from 'storybook/test';

/**
 * The page is not wider than the window: nothing is cut off or needs a sideways scroll of the
 * whole page (a wide table may scroll inside its own region).
 */
export async function expectNoHorizontalOverflow(): Promise<void> {
  const root = document.documentElement;
  const wide = [...document.querySelectorAll<HTMLElement>('body *')]
    .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
    .slice(0, 3)
    .map(
      (el) =>
        `${el.tagName.toLowerCase()}.${el.className || '(no class)'} → ${Math.round(el.getBoundingClientRect().right)} px`,
    );
  await expect({ scrollWidth: root.scrollWidth, wide }).toEqual({ scrollWidth: window.innerWidth, wide: [] });
}

/** The story runs at the phone width (the viewport global set the test's iframe to 390 px). */
export async function expectPhoneWidth(): Promise<void> {
  await expect(window.innerWidth).toBe(390);
}
