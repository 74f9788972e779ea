import type { GroupCardFragment } from '@/gql/graphql';

const REGISTRY_NAMES: Record<string, string> = {
  SIGNIFICANT: 'значимых',
  GENERAL: 'общеразвивающих',
  PRE_PROFESSIONAL: 'предпрофессиональных',
};

/** «от 5 до 18 лет» */
export const ageRange = (group: { minAge: number; maxAge: number }) => `от ${group.minAge} до ${group.maxAge} лет`;

/** «24 000,00 ₽» from «24000.00», the server's roubles. */
export function formatRoubles(value: string | null | undefined): string {
  if (!value) return '—';
  const [whole, kopecks = '00'] = value.split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0')},${kopecks}\u00a0₽`;
}

/** «значимых: 2, общеразвивающих: 3» */
export function budgetPrograms(counts: GroupCardFragment['budgetPrograms']): string {
  if (counts.length === 0) return '—';
  return counts.map((entry) => `${REGISTRY_NAMES[entry.registry] ?? entry.registry}: ${entry.count}`).join(', ');
}
