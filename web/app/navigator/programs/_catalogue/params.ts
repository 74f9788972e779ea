import type { CatalogueFilter, FormOfStudy, ProgramRegistry } from '@/gql/graphql';

/** The catalogue's address: every filter is in it, so that a result can be linked to and works without JavaScript. */
export interface CatalogueParams {
  q: string;
  municipality: string;
  registry: string;
  age: string;
  month: string;
  free: boolean;
  price: string;
  form: string;
  exclude: boolean;
  after: string;
}

export type RawParams = Record<string, string | string[] | undefined>;

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

export const REGISTRIES: Array<{ value: ProgramRegistry; name: string; short: string }> = [
  { value: 'CERTIFIED', name: 'Реестр сертифицированных программ', short: 'С' },
  { value: 'SIGNIFICANT', name: 'Реестр значимых программ', short: 'З' },
  { value: 'PAID', name: 'Реестр платных программ', short: 'П' },
  { value: 'GENERAL', name: 'Реестр общеразвивающих программ', short: 'О' },
];

export const FORMS: Array<{ value: FormOfStudy; name: string }> = [
  { value: 'FULL_TIME', name: 'Очная' },
  { value: 'PART_TIME', name: 'Очно-заочная' },
  { value: 'EXTRAMURAL', name: 'Заочная' },
  { value: 'DISTANCE', name: 'Дистанционная' },
];

export function readParams(raw: RawParams): CatalogueParams {
  return {
    q: one(raw.q).slice(0, 200),
    municipality: one(raw.municipality),
    registry: one(raw.registry),
    age: one(raw.age),
    month: one(raw.month),
    free: one(raw.free) === '1',
    price: one(raw.price),
    form: one(raw.form),
    exclude: one(raw.exclude) === '1',
    after: one(raw.after),
  };
}

/** The address of the catalogue with these params (empty ones left out). */
export function catalogueHref(params: Partial<CatalogueParams>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === true) query.set(key, '1');
    else if (typeof value === 'string' && value.trim() !== '') query.set(key, value.trim());
  }
  const text = query.toString();
  return `/navigator/programs${text ? `?${text}` : ''}`;
}

/** Roubles as typed («2 500», «2500,50») in kopecks; NaN when it is not a sum. */
export function kopecksOf(roubles: string): number {
  const normalized = roubles.replace(/\s/g, '').replace(',', '.');
  if (!/^\d{1,7}(\.\d{1,2})?$/.test(normalized)) return Number.NaN;
  const [whole, fraction = ''] = normalized.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** The GraphQL filter of the address's params; what cannot be read is the page's to say. */
export function filterOf(params: CatalogueParams): { filter: CatalogueFilter; problems: Record<string, string> } {
  const problems: Record<string, string> = {};
  const filter: CatalogueFilter = {};
  if (params.q.trim()) filter.text = params.q.trim();
  if (params.municipality) filter.municipalityId = params.municipality;
  if (REGISTRIES.some((registry) => registry.value === params.registry))
    filter.registry = params.registry as ProgramRegistry;
  if (FORMS.some((form) => form.value === params.form)) filter.formOfStudy = params.form as FormOfStudy;
  if (params.age) {
    const age = Number(params.age);
    if (Number.isInteger(age)) filter.age = age;
    else problems.age = 'Возраст — целое число лет';
  }
  if (params.month) filter.startMonth = params.month;
  if (params.free) filter.freePlacesOnly = true;
  if (params.price) {
    const kopecks = kopecksOf(params.price);
    if (Number.isNaN(kopecks)) problems.maxPriceKopecks = 'Стоимость — сумма в рублях, например 2 500';
    else filter.maxPriceKopecks = kopecks;
  }
  if (params.exclude) filter.excludeUnavailable = true;
  return { filter, problems };
}

/** «2 500,00 ₽» from kopecks. */
export function rubles(kopecks: number): string {
  const whole = new Intl.NumberFormat('ru-RU').format(Math.trunc(kopecks / 100));
  return `${whole},${String(kopecks % 100).padStart(2, '0')} ₽`;
}

export function formName(form: string): string {
  return FORMS.find((item) => item.value === form)?.name ?? form;
}

export function registryName(registry: string): string {
  return REGISTRIES.find((item) => item.value === registry)?.name ?? registry;
}
