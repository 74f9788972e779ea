'use client';

import type { ReactNode } from 'react';
import { usePrimedCache, type ServerAnswer } from '../../_apollo/prime';
import { CabinetChildrenQuery } from './children.operations';

/**
 * For a cabinet page whose client components read the children through Apollo (a form, a step that polls):
 * writes the server render's answer (cabinet-session.ts) into the cache before they render.
 */
export function PrimedCabinetChildren({ session, children }: { session: ServerAnswer; children: ReactNode }) {
  usePrimedCache(session, [], [{ query: CabinetChildrenQuery }]);
  return children;
}
