import type { ReactNode } from 'react';

/**
 * The page's `<main>`, the skip link's target. A portal puts its menu and the user's name before it, so that
 * «Перейти к содержанию» skips them; `id` is left off a copy kept hidden (the cabinet under an expired session).
 */
export function Main({ children, id = 'main' }: { children: ReactNode; id?: string }) {
  return (
    <main id={id} tabIndex={-1} className="main">
      {children}
    </main>
  );
}
