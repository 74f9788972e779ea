'use client';

import { createContext, useContext } from 'react';
import type { RegistryAction, RegistryMeQuery } from '@/gql/graphql';

export type Operator = NonNullable<RegistryMeQuery['me']>;

export const OperatorContext = createContext<Operator | null>(null);

export function useOperator(): Operator {
  const operator = useContext(OperatorContext);
  if (!operator) throw new Error('useOperator is used outside the registry cabinet');
  return operator;
}

/**
 * What the operator may do in the registry apart from any one application, as the server says
 * (`me.registryActions`); what he may do with an application is its `allowedActions`.
 */
export function mayDo(operator: Operator, action: RegistryAction): boolean {
  return operator.registryActions.includes(action);
}

export const OPERATOR_ROLES = ['ORG_OPERATOR', 'MUNICIPAL_OPERATOR', 'REGIONAL_OPERATOR'];
