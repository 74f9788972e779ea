'use client';

import { usePathname } from 'next/navigation';
import { useEffect } from 'react';

const ANNOUNCER_ID = 'page-announcer';
/** A page that loads its data shows its h1 a moment later; past this, the keyboard stays where it is. */
const WAIT_FOR_HEADING_MS = 10_000;

function pageHeading(except?: Element | null): HTMLElement | null {
  const heading = document.querySelector<HTMLElement>('main h1');
  return heading && heading !== except ? heading : null;
}

/**
 * Moves the keyboard to the page's h1 once it is shown (other than `except`, the heading the page had before),
 * so that a screen reader reads the new page from its title. Returns a function that stops waiting.
 */
export function focusPageHeading(except?: Element | null): () => void {
  const focus = (heading: HTMLElement) => {
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus();
  };
  const found = pageHeading(except);
  if (found) {
    focus(found);
    return () => undefined;
  }
  const observer = new MutationObserver(() => {
    const heading = pageHeading(except);
    if (!heading) return;
    stop();
    focus(heading);
  });
  const timer = setTimeout(() => stop(), WAIT_FOR_HEADING_MS);
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
  };
  observer.observe(document.body, { childList: true, subtree: true });
  return stop;
}

/** Says `text` through the page's polite live region (e.g. «Вы вошли как …»). */
export function announce(text: string) {
  const region = document.getElementById(ANNOUNCER_ID);
  if (!region) return;
  region.textContent = '';
  // A fresh text in a separate task, so that the same words said twice are read twice.
  setTimeout(() => {
    region.textContent = text;
  }, 50);
}

/**
 * The path the app last showed, kept by the module rather than by one PageFocus: a portal's pages may sit under
 * two layouts (the cabinet's and confirm-email's), and going from one to the other mounts a new PageFocus.
 */
let shownPathname: string | null = null;

/**
 * After each navigation inside the app, focus goes to the new page's h1 (a page loaded from scratch keeps
 * the browser's own start, at the top with the skip link). Renders the live region `announce` speaks through.
 * Only the portals navigate inside the app, so it is rendered by their client (apollo-provider.tsx), and the
 * landing page, which has only plain links, loads none of it.
 */
export function PageFocus() {
  const pathname = usePathname();
  useEffect(() => {
    const before = shownPathname;
    shownPathname = pathname;
    if (before === null || before === pathname) return;
    return focusPageHeading();
  }, [pathname]);
  return <div id={ANNOUNCER_ID} className="visually-hidden" role="status" aria-live="polite" />;
}
