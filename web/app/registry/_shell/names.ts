import type { ApplicationKind } from '@/gql/graphql';
import { REGION_TIME_ZONE } from '@pfdo/platform/services';

/** «Шаг 3. Что вы хотите сделать?» */
export const KIND_NAMES: Record<ApplicationKind, string> = {
  NEW_CERTIFICATE: 'Получить сертификат',
  CHANGE_MUNICIPALITY: 'Внести изменения в связи со сменой муниципалитета проживания',
  CLARIFY_PERSONAL_DATA: 'Внести уточнения в персональные данные',
  CHANGE_GROUP: 'Изменить группу сертификата',
};

export const KINDS = Object.keys(KIND_NAMES) as ApplicationKind[];

export const DIRECTION_NAMES = { INCOMING: 'Получение', OUTGOING: 'Исходящий' } as const;

const longDate = new Intl.DateTimeFormat('ru-RU', {
  timeZone: REGION_TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/** «24 ноября 2026 г.» in the region's time zone. */
export function formatLongDate(iso: string): string {
  return longDate.format(new Date(iso));
}
