import type { Router } from 'express';
import { DataSource } from 'typeorm';
import { callerOf } from '@pfdo/platform';
import { findEnrollments } from './enrollments';
import { scheduleCalendar } from './schedule-ical';

export const SCHEDULE_ICAL_PATH = '/documents/schedule.ics';

/**
 * «Скачать расписание (iCal)»: the signed-in holder's own lessons (his account is his certificate; the route takes no
 * certificate), behind the gateway's session like the GraphQL requests.
 */
export function scheduleRoutes(dataSource: DataSource, now: () => Date) {
  return (router: Router) => {
    router.get(SCHEDULE_ICAL_PATH, async (_request, response) => {
      const identity = callerOf(response).identity;
      if (!identity) {
        response.status(401).json({ error: { code: 'UNAUTHENTICATED', message: 'Требуется вход в систему' } });
        return;
      }
      if (identity.role !== 'CERTIFICATE_HOLDER') {
        response
          .status(403)
          .json({ error: { code: 'FORBIDDEN', message: 'Расписание доступно владельцу сертификата' } });
        return;
      }
      const calendar = scheduleCalendar(await findEnrollments(dataSource, identity.userId), now());
      response
        .status(200)
        .set({
          'content-type': 'text/calendar; charset=utf-8',
          'content-disposition': 'attachment; filename="raspisanie.ics"',
          'cache-control': 'no-store',
        })
        .send(calendar.toString());
    });
  };
}
