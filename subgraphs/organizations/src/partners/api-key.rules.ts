import { callerRule, IRule, unauthenticated } from '@pfdo/platform';

/**
 * «Ключи API»: the regional operator (any municipality) and a municipal registry operator (his own). Which
 * keys each keeps is the service's check (apiKeyScopeOf), made before anything is written.
 */
export const mayKeepApiKeys: IRule = callerRule('mayKeepApiKeys', (context) => {
  const identity = context.identity;
  if (!identity) return unauthenticated();
  return (identity.role === 'MUNICIPAL_OPERATOR' && !!identity.municipalityId) || identity.role === 'REGIONAL_OPERATOR';
});
