import type { ApplicationRegisterTab, ApplicationSearchInput, DocumentType } from '@/gql/graphql';
import { DOCUMENT_TYPES } from '../../_ui/document-types';

export const PAGE_SIZE = 20;

export const TABS: { value: ApplicationRegisterTab; label: string }[] = [
  { value: 'UNCONFIRMED', label: 'Все неподтвержденные' },
  { value: 'NEW', label: 'Новые' },
  { value: 'ALL', label: 'Все' },
  { value: 'NEW_CERTIFICATE', label: 'Новый сертификат' },
  { value: 'EDITING', label: 'Редактирование' },
];

/** «Поиск»: the URL parameter, the input's label. */
export const SEARCH_FIELDS: {
  name: Exclude<keyof ApplicationSearchInput, 'documentType'>;
  label: string;
  type?: string;
}[] = [
  { name: 'applicationNumber', label: 'Номер заявки' },
  { name: 'certificateNumber', label: 'Номер сертификата' },
  { name: 'surname', label: 'Фамилия' },
  { name: 'name', label: 'Имя' },
  { name: 'patronymic', label: 'Отчество' },
  { name: 'birthDate', label: 'Дата рождения', type: 'date' },
  { name: 'documentSeries', label: 'Серия документа' },
  { name: 'documentNumber', label: 'Номер документа' },
];

function searchOf(params: Record<string, string>): ApplicationSearchInput | undefined {
  const search: ApplicationSearchInput = {};
  for (const field of SEARCH_FIELDS) {
    const value = params[field.name]?.trim();
    if (value) search[field.name] = value;
  }
  if (DOCUMENT_TYPES.some((option) => option.value === params.documentType)) {
    search.documentType = params.documentType as DocumentType;
  }
  return Object.keys(search).length > 0 ? search : undefined;
}

/**
 * The register's query, from the page's address: read by the page's server render (one request with the
 * session) and by the register in the browser, so that both ask the same and the cache answers the browser.
 */
export function registerVariables(params: Record<string, string>) {
  const tab = (TABS.find((candidate) => candidate.value === params.tab)?.value ??
    'UNCONFIRMED') as ApplicationRegisterTab;
  return { tab, search: searchOf(params), first: PAGE_SIZE };
}

/** The register's address with `next`'s conditions (the empty ones left out). */
export function registerHref(next: Record<string, string>): string {
  const query = new URLSearchParams(Object.entries(next).filter(([, value]) => value.trim() !== ''));
  const text = query.toString();
  return text ? `/registry/applications?${text}` : '/registry/applications';
}
