'use client';

import { createContext, useContext } from 'react';
import type { RegistryMeQuery } from '@/gql/graphql';

export type Operator = NonNullable<RegistryMeQuery['me']>;

export const OperatorContext = createContext<Operator | null>(null);

export function useOperator(): Operator {
  const operator = useContext(OperatorContext);
  if (!operator) throw new Error('useOperator is used outside the registry cabinet');
  return operator;
}

/** «Создать заявку»: reception organizations and municipal operators. */
export function canCreate(operator: Operator): boolean {
  return operator.role === 'ORG_OPERATOR' || operator.role === 'MUNICIPAL_OPERATOR';
}

/** Confirm or refuse: the municipality's operator, or an organization with both rights. */
export function canDecide(operator: Operator): boolean {
  if (operator.role === 'MUNICIPAL_OPERATOR') return true;
  return operator.role === 'ORG_OPERATOR' && operator.canViewPersonalData && operator.canConfirmApplications;
}

/** «Редактировать»: those who see personal data. */
export function canEdit(operator: Operator): boolean {
  if (operator.role === 'MUNICIPAL_OPERATOR') return true;
  return operator.role === 'ORG_OPERATOR' && operator.canViewPersonalData;
}

/**
 * Search by a document's series and number: those who see documents in full. A reception organization
 * without the right to personal data is refused it by the server, as a match would reveal a masked number.
 */
export function canSearchByDocument(operator: Operator): boolean {
  return operator.role !== 'ORG_OPERATOR' || operator.canViewPersonalData;
}

export function canReceiveDocuments(operator: Operator): boolean {
  return operator.role === 'ORG_OPERATOR' || operator.role === 'MUNICIPAL_OPERATOR';
}

export const OPERATOR_ROLES = ['ORG_OPERATOR', 'MUNICIPAL_OPERATOR', 'REGIONAL_OPERATOR'];
