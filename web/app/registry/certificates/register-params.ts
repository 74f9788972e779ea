import type { CertificateRegisterTab, CertificateSearchInput } from '@/gql/graphql';

export const PAGE_SIZE = 20;

/** Seed 001's tabs; what each holds is the rule of `CertificateRegisterTab` (README, «The certificate register»). */
export const TABS: { value: CertificateRegisterTab; label: string }[] = [
  { value: 'FUNDED', label: 'Сертификаты ПФ' },
  { value: 'ACCOUNTING', label: 'Сертификаты учета' },
  { value: 'FROZEN', label: 'Замороженные сертификаты' },
];

/** The search: the URL parameter, the input's label; `advanced` ones show under «Расширенный поиск». */
export const SEARCH_FIELDS: { name: keyof CertificateSearchInput; label: string; advanced?: boolean }[] = [
  { name: 'number', label: 'Номер сертификата' },
  { name: 'surname', label: 'Фамилия' },
  { name: 'name', label: 'Имя', advanced: true },
  { name: 'patronymic', label: 'Отчество', advanced: true },
];

function searchOf(params: Record<string, string>): CertificateSearchInput | undefined {
  const search: CertificateSearchInput = {};
  for (const field of SEARCH_FIELDS) {
    const value = params[field.name]?.trim();
    if (value) search[field.name] = value;
  }
  return Object.keys(search).length > 0 ? search : undefined;
}

/** The register's query from the page's address, the same for the server render and the browser. */
export function registerVariables(params: Record<string, string>) {
  const tab = (TABS.find((candidate) => candidate.value === params.tab)?.value ?? 'FUNDED') as CertificateRegisterTab;
  return { tab, search: searchOf(params), first: PAGE_SIZE };
}

/** Kopecks as roubles with two decimals, «1234.50», as seed 001 prints money; integers only, no floats. */
export function formatMoney(kopecks: number): string {
  const sign = kopecks < 0 ? '-' : '';
  const absolute = Math.abs(kopecks);
  return `${sign}${Math.floor(absolute / 100)}.${String(absolute % 100).padStart(2, '0')}`;
}
