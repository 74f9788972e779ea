import { allow, and, deny, or, rule, shield } from 'graphql-shield';
import type { IRule, IRules } from 'graphql-shield';
import type { PartnerScope } from '@pfdo/contracts';
import { domainError, ErrorCode, unauthenticated } from './errors';
import { Identity, Role } from './identity';

/**
 * The named authorization rules every subgraph composes its permissions from. Rules that need a
 * subgraph's own data take it from the parent object, never from a new query.
 */
export interface ShieldContext {
  identity: Identity | null;
}

/** Anyone, signed in or not: used only for what an anonymous visitor must reach (`me`, `login`). */
export const isAnyone: typeof allow = allow;

/*
 * What a rule costs. graphql-shield runs a type's rule for every field of every object of that type (twenty
 * rows of the register, a dozen fields each), so each rule says what its answer depends on and is kept per
 * request under exactly that:
 *
 * - a rule that reads only the caller (`callerRule`) runs once per request;
 * - a rule that reads the parent (`parentRule`) runs once per request and set of values of the few fields it
 *   reads, never hashing the whole parent: `cache: 'strict'` hashed the whole parent object and the
 *   arguments (object-hash, SHA-1) for every field, most of the subgraphs' time on a list page before.
 *
 * Both keep their answers themselves, in a WeakMap on the request's context, with `cache: 'no_cache'` so that
 * graphql-shield hashes nothing: its own cache (`contextual`) forgets a `false`, so a refusing rule — the
 * regional-operator branch of every `or` for a municipal operator — ran again for every field. The caller is
 * the same for the whole request, so these keys are exact.
 */
type RuleAnswer = boolean | Error;
const answersByRequest = new WeakMap<object, Map<string, RuleAnswer>>();

function answerOnce(context: object, key: string, compute: () => RuleAnswer): RuleAnswer {
  let answers = answersByRequest.get(context);
  if (!answers) {
    answers = new Map();
    answersByRequest.set(context, answers);
  }
  let answer = answers.get(key);
  if (answer === undefined) {
    answer = compute();
    answers.set(key, answer);
  }
  return answer;
}

/** A rule over the caller alone: evaluated once per request. */
export function callerRule(name: string, func: (context: ShieldContext) => RuleAnswer): IRule {
  return rule(name, { cache: 'no_cache' })((_parent, _args, context: ShieldContext) =>
    answerOnce(context, name, () => func(context)),
  );
}

/** A rule over the caller and the named fields of the parent: evaluated once per request and their values. */
export function parentRule<P extends object>(
  name: string,
  fields: Array<keyof P & string>,
  func: (parent: P, context: ShieldContext) => RuleAnswer,
): IRule {
  return rule(name, { cache: 'no_cache' })((parent: P | undefined, _args, context: ShieldContext) => {
    const own = parent ?? ({} as P);
    // The values, unambiguous (JSON): ids and short lists of ids.
    const key = `${name}:${JSON.stringify(fields.map((field) => own[field] ?? null))}`;
    return answerOnce(context, key, () => func(own, context));
  });
}

export const isAuthenticated: IRule = callerRule('isAuthenticated', (context) =>
  context.identity ? true : unauthenticated(),
);

const roleRules = new Map<string, IRule>();

/** The caller has one of these roles. One rule object per set of roles, as shield wants unique names. */
export function hasRole(...roles: Role[]): IRule {
  const name = `hasRole(${[...roles].sort().join(',')})`;
  let existing = roleRules.get(name);
  if (!existing) {
    existing = callerRule(name, (context) => {
      if (!context.identity) return unauthenticated();
      return roles.includes(context.identity.role);
    });
    roleRules.set(name, existing);
  }
  return existing;
}

export const isCitizen: IRule = hasRole('CITIZEN');
export const isOrgOperator: IRule = hasRole('ORG_OPERATOR');
export const isMunicipalOperator: IRule = hasRole('MUNICIPAL_OPERATOR');
export const isRegionalOperator: IRule = hasRole('REGIONAL_OPERATOR');
export const isProvider: IRule = hasRole('PROVIDER');
/** Staff who work the registry: reception organizations, municipal and regional operators. */
export const isOperator: IRule = hasRole('ORG_OPERATOR', 'MUNICIPAL_OPERATOR', 'REGIONAL_OPERATOR');

const scopeRules = new Map<string, IRule>();

/** The caller is a partner whose API key carries this scope (README, «Partners»). */
export function hasScope(scope: PartnerScope): IRule {
  const name = `hasScope(${scope})`;
  let existing = scopeRules.get(name);
  if (!existing) {
    existing = callerRule(name, (context) => {
      if (!context.identity) return unauthenticated();
      return context.identity.role === 'PARTNER' && !!context.identity.scopes?.includes(scope);
    });
    scopeRules.set(name, existing);
  }
  return existing;
}

/** The parent object is the caller's own user record. */
export const isOwnUser: IRule = parentRule<{ id?: string }>(
  'isOwnUser',
  ['id'],
  (parent, context) => !!context.identity && parent.id === context.identity.userId,
);

/**
 * The parent object belongs to the caller's municipality: it carries `municipalityId`, and may name others
 * it concerns too (`sourceMunicipalityId` of a change of municipality; `relatedMunicipalityIds` of a child
 * reached through such an application).
 */
export const isOfOwnMunicipality: IRule = parentRule<{
  municipalityId?: string | null;
  sourceMunicipalityId?: string | null;
  relatedMunicipalityIds?: string[];
}>('isOfOwnMunicipality', ['municipalityId', 'sourceMunicipalityId', 'relatedMunicipalityIds'], (parent, context) => {
  const own = context.identity?.municipalityId;
  if (!own) return false;
  return [parent.municipalityId, parent.sourceMunicipalityId, ...(parent.relatedMunicipalityIds ?? [])].includes(own);
});

/** What the gateway itself must reach to plan queries; entity fields keep their own rules. */
const federationRules: IRules = {
  Query: { _service: allow, _entities: allow },
  _Service: allow,
};

function mergeRules(base: IRules, extra: IRules): IRules {
  const merged: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [type, rules] of Object.entries(extra as Record<string, unknown>)) {
    const existing = merged[type];
    merged[type] =
      existing &&
      typeof existing === 'object' &&
      rules &&
      typeof rules === 'object' &&
      !('resolve' in (rules as object))
        ? { ...(existing as object), ...(rules as object) }
        : rules;
  }
  return merged as IRules;
}

/**
 * The shield of one subgraph: everything not named is denied, and a refusal carries a stable code.
 */
export function subgraphShield(rules: IRules) {
  return shield(mergeRules(federationRules, rules), {
    fallbackRule: deny,
    allowExternalErrors: true,
    fallbackError: () => domainError(ErrorCode.Forbidden, 'Недостаточно прав для этого действия'),
  });
}

export { allow, and, deny, or, rule };
export type { IRule, IRules };

/**
 * Registry records (applications, certificates) of one municipality: its own operators and reception
 * organizations, and the regional operator. Masking of personal data inside them is finer-grained.
 */
export const canReadMunicipalRecord: ReturnType<typeof or> = or(
  isRegionalOperator,
  and(isOperator, isOfOwnMunicipality),
);
