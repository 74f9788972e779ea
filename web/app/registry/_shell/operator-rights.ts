import type { RegistryAction, RegistryMeQuery } from '@/gql/graphql';

/** The signed-in operator as the registry's pages know him (`RegistryMe`); plain data, for server and client. */
export type Operator = NonNullable<RegistryMeQuery['me']>;

/**
 * What the operator may do in the registry apart from any one application, as the server says
 * (`me.registryActions`); what he may do with an application is its `allowedActions`.
 */
export function mayDo(operator: Operator, action: RegistryAction): boolean {
  return operator.registryActions.includes(action);
}

export const OPERATOR_ROLES = ['ORG_OPERATOR', 'MUNICIPAL_OPERATOR', 'REGIONAL_OPERATOR'];

/** The operator of a page's server answer (`me` with the fields of `RegistryMe`), if an operator is signed in. */
export function operatorOf(answer: { status: string; data?: Record<string, unknown> }): Operator | null {
  const me = answer.status === 'ok' ? (answer.data?.me as Operator | null | undefined) : null;
  return me && OPERATOR_ROLES.includes(me.role) && me.registryActions ? me : null;
}
