/**
 * Fixed identifiers of the demo data (docs/domain.md §8), shared because each subgraph loads its own part of it
 * and the parts refer to one another by key. Loaded only by the embedded defaults, never in production.
 */
export const DemoMunicipality = {
  kemerovo: '10000000-0000-4000-8000-000000000001',
  novokuznetsk: '10000000-0000-4000-8000-000000000002',
  prokopyevsk: '10000000-0000-4000-8000-000000000003',
  mezhdurechensk: '10000000-0000-4000-8000-000000000004',
  belovo: '10000000-0000-4000-8000-000000000005',
} as const;

export const DemoOrganization = {
  orion: '20000000-0000-4000-8000-000000000001',
  school110: '20000000-0000-4000-8000-000000000002',
  kemerovoDdt: '20000000-0000-4000-8000-000000000003',
  novokuznetskRegistry: '20000000-0000-4000-8000-000000000004',
  kemerovoRegistry: '20000000-0000-4000-8000-000000000005',
  regionalCenter: '20000000-0000-4000-8000-000000000006',
  sportSchool: '20000000-0000-4000-8000-000000000007',
  technopark: '20000000-0000-4000-8000-000000000008',
} as const;

/**
 * The navigator's demo «Настройка сертификатов» of a municipality, by its place in the navigator's demo list;
 * the registry's two demo groups were «imported» from the last two (3 and 4), so both seeds derive the ids here.
 */
export function demoGroupSettingId(municipalityId: string, index: number): string {
  return `7${index}${municipalityId.slice(2)}`;
}

export const DemoUser = {
  parent: '30000000-0000-4000-8000-000000000001',
  teen: '30000000-0000-4000-8000-000000000002',
  org: '30000000-0000-4000-8000-000000000003',
  orgPd: '30000000-0000-4000-8000-000000000004',
  operator: '30000000-0000-4000-8000-000000000005',
  operatorKem: '30000000-0000-4000-8000-000000000006',
  region: '30000000-0000-4000-8000-000000000007',
  provider: '30000000-0000-4000-8000-000000000008',
} as const;

export const DemoChild = {
  younger: '40000000-0000-4000-8000-000000000001',
  teen: '40000000-0000-4000-8000-000000000002',
} as const;

export const DEMO_PASSWORD = 'demo2026';

/** The demo accounts as the README and the start-up banner list them. */
export const DEMO_ACCOUNTS: ReadonlyArray<{ login: string; role: string; description: string }> = [
  { login: 'parent', role: 'CITIZEN', description: 'родитель двоих детей (Новокузнецк), сертификатов ещё нет' },
  { login: 'teen', role: 'CITIZEN', description: 'ребёнок 15 лет, свой кабинет' },
  { login: 'org@demo.ru', role: 'ORG_OPERATOR', description: 'организация по приёму заявлений, без прав на ПД' },
  { login: 'org-pd@demo.ru', role: 'ORG_OPERATOR', description: 'организация по приёму заявлений, с обоими правами' },
  { login: 'operator@demo.ru', role: 'MUNICIPAL_OPERATOR', description: 'оператор реестра, Новокузнецк' },
  { login: 'operator-kem@demo.ru', role: 'MUNICIPAL_OPERATOR', description: 'оператор реестра, Кемерово' },
  { login: 'region@demo.ru', role: 'REGIONAL_OPERATOR', description: 'региональный оператор' },
  { login: 'provider@demo.ru', role: 'PROVIDER', description: 'поставщик образовательных услуг' },
];
