import { DemoOrganization } from '@pfdo/platform';
import { GatewayClient, signIn, testDatabase } from '@pfdo/testing';
import { CONFIRM, CREATE } from './enrollment.support';

/**
 * Arrangements of «РАСПИСАНИЕ» (issue 15 part A) on the shared stack: a group's week and place of study (the demo
 * provider's first place), and a holder's contract in it, requested and confirmed as people do.
 */
export async function giveGroupWeek(groupId: string, week: Array<{ day: number; from: string; to: string }>) {
  const db = testDatabase();
  const {
    rows: [place],
  } = await db.query(
    `SELECT id, name, address FROM navigator.places_of_study WHERE organization_id = $1 ORDER BY address, id LIMIT 1`,
    [DemoOrganization.sportSchool],
  );
  await db.query(`UPDATE navigator.program_groups SET schedule = $2::jsonb, place_id = $3 WHERE id = $1`, [
    groupId,
    JSON.stringify(week),
    place.id,
  ]);
  return place as { id: string; name: string; address: string };
}

/** A holder's request in `groupId`, confirmed by the demo provider: a contract in «Подтвержденные заявки». */
export async function confirmedContract(holder: GatewayClient, groupId: string): Promise<string> {
  const { createEnrollmentRequest } = await holder.data<{ createEnrollmentRequest: { id: string } }>(CREATE, {
    groupId,
  });
  const provider = await signIn('provider@demo.ru');
  await provider.data(CONFIRM, { id: createEnrollmentRequest.id });
  return createEnrollmentRequest.id;
}

export const SCHEDULE = `query ($view: ScheduleView, $date: String) {
  mySchedule(view: $view, date: $date) {
    view from to today previous next
    lessons { date startsAt endsAt programId programTitle groupName placeName address contractId }
  }
}`;

export interface ScheduleData {
  mySchedule: {
    view: string;
    from: string;
    to: string;
    today: string;
    previous: string;
    next: string;
    lessons: Array<{
      date: string;
      startsAt: string;
      endsAt: string;
      programId: string;
      programTitle: string;
      groupName: string;
      placeName: string | null;
      address: string | null;
      contractId: string;
    }>;
  };
}
