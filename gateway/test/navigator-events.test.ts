import { randomUUID } from 'node:crypto';
import { DemoOrganization } from '@pfdo/platform';
import { anonymous, closeTestDatabase, countSqlStatements, GatewayClient, signIn, testDatabase } from '@pfdo/testing';
import { arrangeHolder, arrangeMunicipality, arrangeOtherProvider } from './enrollment.support';

/**
 * «МЕРОПРИЯТИЯ» (issue 15 part B): a provider publishes an event with a places limit; holders «Подать заявку на
 * участие» (one per certificate and event; two racing for the last place: exactly one wins) and cancel; the provider
 * reads its participants (audited) and exports them as CSV.
 */
afterAll(closeTestDatabase);
jest.setTimeout(120_000);

const FIELDS = `id title description startsAt place placesTotal freePlaces ageFrom ageTo applied provider { id }`;
const PUBLISH = `mutation ($input: EducationEventInput!) { publishEvent(input: $input) { ${FIELDS} } }`;
const UPCOMING = `query ($first: Int, $after: String) { upcomingEvents(first: $first, after: $after) { events { ${FIELDS} } nextCursor } }`;
const APPLY = `mutation ($eventId: ID!) { applyToEvent(eventId: $eventId) { id freePlaces applied } }`;
const CANCEL = `mutation ($eventId: ID!) { cancelEventRequest(eventId: $eventId) { id freePlaces applied } }`;
const PROVIDER_EVENTS = `query { providerEvents { id title freePlaces } }`;
const PROVIDER_EVENT = `query ($id: ID!) { providerEvent(id: $id) { id title participants { certificateNumber appliedAt } participantsCsv } }`;

interface EducationEvent {
  id: string;
  title: string;
  freePlaces: number;
  applied: boolean | null;
}

const inAnHour = () => new Date(Date.now() + 3_600_000 + Math.floor(Math.random() * 600_000)).toISOString();

async function publish(provider: GatewayClient, placesTotal: number): Promise<EducationEvent> {
  const input = {
    title: `Турнир ${randomUUID().slice(0, 8)}`,
    description: 'Соревнования по фигурному катанию',
    startsAt: inAnHour(),
    place: 'Новокузнецк, ул. Кирова, 1',
    placesTotal,
    ageFrom: 7,
    ageTo: 14,
  };
  return (await provider.data<{ publishEvent: EducationEvent }>(PUBLISH, { input })).publishEvent;
}

/** The event as the holder's list shows it (paged through: other tests publish events too). */
async function listed(holder: GatewayClient, id: string): Promise<EducationEvent | undefined> {
  let after: string | null = null;
  for (let page = 0; page < 20; page += 1) {
    const answer: { upcomingEvents: { events: EducationEvent[]; nextCursor: string | null } } = await holder.data(
      UPCOMING,
      { first: 50, after },
    );
    const { upcomingEvents } = answer;
    const found = upcomingEvents.events.find((event) => event.id === id);
    if (found || !upcomingEvents.nextCursor) return found;
    after = upcomingEvents.nextCursor;
  }
  return undefined;
}

const codeOf = (answer: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  answer.errors?.[0].extensions?.code;

describe('«МЕРОПРИЯТИЯ»', () => {
  it('the holder applies once, cancels; the provider reads the participants (audited) and their CSV', async () => {
    const municipality = await arrangeMunicipality({ nominal: 1_000_00 });
    const [first, second] = [await arrangeHolder(municipality), await arrangeHolder(municipality)];
    const provider = await signIn('provider@demo.ru');
    const event = await publish(provider, 3);
    expect(event).toMatchObject({ freePlaces: 3, applied: null, provider: { id: DemoOrganization.sportSchool } });

    expect(await listed(first.client, event.id)).toMatchObject({ freePlaces: 3, applied: false });
    expect((await first.client.data<{ applyToEvent: unknown }>(APPLY, { eventId: event.id })).applyToEvent).toEqual({
      id: event.id,
      freePlaces: 2,
      applied: true,
    });
    const again = await first.client.request(APPLY, { eventId: event.id });
    expect(codeOf(again)).toBe('EVENT_PARTICIPATION_EXISTS');
    expect(again.errors?.[0].message).toBe('Заявка на участие в этом мероприятии уже подана');
    await second.client.data(APPLY, { eventId: event.id });
    expect(await listed(first.client, event.id)).toMatchObject({ freePlaces: 1, applied: true });

    const card = await provider.data<{
      providerEvent: { participants: Array<{ certificateNumber: string }>; participantsCsv: string };
    }>(PROVIDER_EVENT, { id: event.id });
    expect(card.providerEvent.participants.map((participant) => participant.certificateNumber)).toEqual([
      first.number,
      second.number,
    ]);
    const csv = card.providerEvent.participantsCsv
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(csv[0]).toBe('"№";"Номер сертификата";"Заявка подана"');
    expect(csv.slice(1).map((line) => line.split(';')[1])).toEqual([`"${first.number}"`, `"${second.number}"`]);
    const reads = await testDatabase().query(
      `SELECT actor_role, after FROM navigator.audit_events WHERE subject_id = $1 AND action = 'EVENT_PARTICIPANTS_READ'`,
      [event.id],
    );
    expect(reads.rows).toEqual([{ actor_role: 'PROVIDER', after: { participants: 2 } }]);

    expect(
      (await first.client.data<{ cancelEventRequest: unknown }>(CANCEL, { eventId: event.id })).cancelEventRequest,
    ).toEqual({
      id: event.id,
      freePlaces: 2,
      applied: false,
    });
    expect(codeOf(await first.client.request(CANCEL, { eventId: event.id }))).toBe('NOT_FOUND');
    const audit = await testDatabase().query(
      `SELECT action, after->>'certificateId' AS certificate FROM navigator.audit_events
        WHERE subject_id = $1 AND action LIKE 'EVENT_PARTICIPATION%' ORDER BY id`,
      [event.id],
    );
    expect(audit.rows).toEqual([
      { action: 'EVENT_PARTICIPATION_REQUESTED', certificate: first.id },
      { action: 'EVENT_PARTICIPATION_REQUESTED', certificate: second.id },
      { action: 'EVENT_PARTICIPATION_CANCELLED', certificate: first.id },
    ]);

    // Another provider's card of it is empty, as is its list.
    const other = await arrangeOtherProvider();
    expect((await other.data<{ providerEvent: unknown }>(PROVIDER_EVENT, { id: event.id })).providerEvent).toBeNull();
    const theirs = await other.data<{ providerEvents: EducationEvent[] }>(PROVIDER_EVENTS);
    expect(theirs.providerEvents.map((item) => item.id)).not.toContain(event.id);
    const ours = await provider.data<{ providerEvents: EducationEvent[] }>(PROVIDER_EVENTS);
    expect(ours.providerEvents.find((item) => item.id === event.id)).toMatchObject({ freePlaces: 2 });
  });

  it('the last place raced by two holders: exactly one wins', async () => {
    const municipality = await arrangeMunicipality({ nominal: 1_000_00 });
    const holders = await Promise.all([arrangeHolder(municipality), arrangeHolder(municipality)]);
    const provider = await signIn('provider@demo.ru');
    for (let round = 0; round < 3; round += 1) {
      const event = await publish(provider, 1);
      const answers = await Promise.all(holders.map((holder) => holder.client.request(APPLY, { eventId: event.id })));
      expect(answers.filter((answer) => !answer.errors).length).toBe(1);
      const refused = answers.find((answer) => answer.errors);
      expect(codeOf(refused!)).toBe('NO_FREE_PLACES');
      expect(refused!.errors?.[0].message).toBe('Свободных мест на мероприятии не осталось');
      const { rows } = await testDatabase().query(
        `SELECT places_taken, (SELECT count(*)::int FROM navigator.event_participants WHERE event_id = $1) AS participants
           FROM navigator.events WHERE id = $1`,
        [event.id],
      );
      expect(rows[0]).toEqual({ places_taken: 1, participants: 1 });
    }
  });

  it('refuses bad input, a started event, and lists with a constant number of statements', async () => {
    const provider = await signIn('provider@demo.ru');
    const bad = await provider.request(PUBLISH, {
      input: { title: '', startsAt: '2020-01-01T10:00', place: '', placesTotal: 0, ageFrom: 10, ageTo: 5 },
    });
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: {
        title: 'Укажите название мероприятия',
        startsAt: 'Мероприятие должно начинаться в будущем',
        place: 'Укажите место проведения',
        placesTotal: 'Число мест — от 1 до 100 000',
        ageTo: 'Возраст «до» не меньше возраста «от»',
      },
    });

    const holder = await arrangeHolder(await arrangeMunicipality({ nominal: 1_000_00 }));
    const started = randomUUID();
    await testDatabase().query(
      `INSERT INTO navigator.events (id, organization_id, municipality_id, title, description, starts_at, place,
         places_total, age_from, age_to, created_at)
       SELECT $1, organization_id, municipality_id, 'Прошедшее', '', now() - interval '1 hour', 'Зал', 5, 5, 18, now()
         FROM navigator.provider_cards WHERE organization_id = $2`,
      [started, DemoOrganization.sportSchool],
    );
    const late = await holder.client.request(APPLY, { eventId: started });
    expect(codeOf(late)).toBe('EVENT_STARTED');
    expect(codeOf(await holder.client.request(APPLY, { eventId: randomUUID() }))).toBe('NOT_FOUND');

    for (let index = 0; index < 3; index += 1) await publish(provider, 5);
    const one = await countSqlStatements(holder.client, UPCOMING, { first: 1 });
    const twenty = await countSqlStatements(holder.client, UPCOMING, { first: 20 });
    expect(twenty.statements.navigator).toBe(one.statements.navigator);
    expect(twenty.statements.organizations).toBe(one.statements.organizations);
  });

  it('refuses every wrong role at each mutation and query, and changes nothing', async () => {
    const holder = await arrangeHolder(await arrangeMunicipality({ nominal: 1_000_00 }));
    const provider = await signIn('provider@demo.ru');
    const event = await publish(provider, 5);
    const [operator, region, orgOperator, citizen] = await Promise.all(
      ['operator@demo.ru', 'region@demo.ru', 'org-pd@demo.ru', 'parent'].map((login) => signIn(login)),
    );
    const input = { title: 'Т', startsAt: inAnHour(), place: 'Зал', placesTotal: 1, ageFrom: 5, ageTo: 18 };
    const refusals: Array<[string, GatewayClient, string, Record<string, unknown>]> = [];
    for (const [name, client] of [
      ['anonymous', anonymous()],
      ['operator', operator],
      ['region', region],
      ['org-pd', orgOperator],
      ['citizen', citizen],
    ] as const) {
      refusals.push([`${name} publish`, client, PUBLISH, { input }]);
      refusals.push([`${name} apply`, client, APPLY, { eventId: event.id }]);
      refusals.push([`${name} cancel`, client, CANCEL, { eventId: event.id }]);
      refusals.push([`${name} upcoming`, client, UPCOMING, {}]);
      refusals.push([`${name} provider events`, client, PROVIDER_EVENTS, {}]);
      refusals.push([`${name} provider event`, client, PROVIDER_EVENT, { id: event.id }]);
    }
    refusals.push(['holder publish', holder.client, PUBLISH, { input }]);
    refusals.push(['holder provider events', holder.client, PROVIDER_EVENTS, {}]);
    refusals.push(['holder provider event', holder.client, PROVIDER_EVENT, { id: event.id }]);
    refusals.push(['provider apply', provider, APPLY, { eventId: event.id }]);
    refusals.push(['provider cancel', provider, CANCEL, { eventId: event.id }]);
    refusals.push(['provider upcoming', provider, UPCOMING, {}]);
    const codes = [];
    for (const [name, client, query, variables] of refusals) {
      const answer = await client.request(query, variables);
      codes.push([name, codeOf(answer) ?? 'none']);
    }
    expect(codes.filter(([, code]) => code !== 'FORBIDDEN' && code !== 'UNAUTHENTICATED')).toEqual([]);
    const { rows } = await testDatabase().query(
      `SELECT places_taken, (SELECT count(*)::int FROM navigator.events WHERE title = 'Т') AS stray
         FROM navigator.events WHERE id = $1`,
      [event.id],
    );
    expect(rows[0]).toEqual({ places_taken: 0, stray: 0 });
  });
});
