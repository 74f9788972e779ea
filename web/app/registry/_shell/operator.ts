'use client';

import { createContext, useContext } from 'react';
import type { Operator } from './operator-rights';

export { mayDo, OPERATOR_ROLES, type Operator } from './operator-rights';

export const OperatorContext = createContext<Operator | null>(null);

export function useOperator(): Operator {
  const operator = useContext(OperatorContext);
  if (!operator) throw new Error('useOperator is used outside the registry cabinet');
  return operator;
}
