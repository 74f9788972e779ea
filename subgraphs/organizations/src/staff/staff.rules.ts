import { callerRule, IRule, unauthenticated } from '@pfdo/platform';

/**
 * «Пользователи организаций»: a municipal registry operator (of a municipality) or the regional operator.
 * Whose accounts each keeps is the service's check (staff-scope.ts), made before anything is written.
 */
export const mayKeepStaffAccounts: IRule = callerRule('mayKeepStaffAccounts', (context) => {
  const identity = context.identity;
  if (!identity) return unauthenticated();
  return (identity.role === 'MUNICIPAL_OPERATOR' && !!identity.municipalityId) || identity.role === 'REGIONAL_OPERATOR';
});
