import { KIND_NAMES } from '@/app/_ui/application-kinds';
import type { ApplicationKind } from '@/gql/graphql';
import { REGION_TIME_ZONE } from '@pfdo/platform/services';

export { KIND_NAMES };

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
