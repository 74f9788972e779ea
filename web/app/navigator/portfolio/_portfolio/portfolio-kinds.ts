import type { PortfolioKind } from '@/gql/graphql';

/** The kinds of an achievement, as the family names them. */
export const PORTFOLIO_KINDS: Array<{ kind: PortfolioKind; label: string }> = [
  { kind: 'WIN', label: 'Победа' },
  { kind: 'PRIZE', label: 'Призёр' },
  { kind: 'PARTICIPATION', label: 'Участие' },
];

export const kindLabel = (kind: PortfolioKind) => PORTFOLIO_KINDS.find((each) => each.kind === kind)?.label ?? kind;
