import { DemoOrganization } from '@pfdo/platform';
import { arrangeChild, closeTestDatabase, signIn, uniqueEmail } from '@pfdo/testing';
import { addBirthCertificate, SUBMIT } from './citizen-flow.support';

afterAll(closeTestDatabase);

interface Read {
  readAt: string;
  reader: { role: string; organization: { id: string; name: string } | null };
  parts: string[];
  applicationNumbers: string[];
}
interface ReadsAnswer {
  me: { children: Array<{ id: string; personalDataReads: { items: Read[]; nextCursor: string | null } }> };
}

const READS = `query ($first: Int!, $after: String) { me { children {
  id personalDataReads(first: $first, after: $after) {
    items { readAt reader { role organization { id name } } parts applicationNumbers }
    nextCursor
  }
} } }`;

/** A child of the demo parent with a birth certificate and a submitted application. */
async function childWithApplication() {
  const parent = await signIn('parent');
  const child = await arrangeChild();
  await addBirthCertificate(parent, child.id);
  const { submitApplication } = await parent.data<{
    submitApplication: { id: string; number: string; formUrl: string };
  }>(SUBMIT, { childId: child.id, email: uniqueEmail() });
  return { parent, child, application: submitApplication };
}

async function readsOf(parent: Awaited<ReturnType<typeof signIn>>, childId: string, first: number, after?: string) {
  const answer = await parent.data<ReadsAnswer>(READS, { first, after: after ?? null });
  return answer.me.children.find((child) => child.id === childId)!.personalDataReads;
}

describe('«Кто просматривал данные»', () => {
  it('tells the family who read the child’s data, what, when and for which application, newest first, paged', async () => {
    const { parent, child, application } = await childWithApplication();
    // The family's own readings are not the staff's: nothing to tell yet.
    expect(await readsOf(parent, child.id, 5)).toEqual({ items: [], nextCursor: null });

    const operator = await signIn('operator@demo.ru');
    await operator.data(
      `query ($n: String!) { application(number: $n) { email child { surname birthDate documents { series number } } } }`,
      { n: application.number },
    );
    const reception = await signIn('org-pd@demo.ru');
    expect((await reception.http(application.formUrl)).status).toBe(200);

    const first = await readsOf(parent, child.id, 1);
    expect(first.items).toEqual([
      {
        readAt: expect.any(String),
        reader: { role: 'ORG_OPERATOR', organization: { id: DemoOrganization.orion, name: expect.any(String) } },
        parts: ['APPLICATION_FORM'],
        applicationNumbers: [application.number],
      },
    ]);
    expect(first.items[0].reader.organization!.name.length).toBeGreaterThan(0);
    expect(first.nextCursor).toEqual(expect.any(String));

    const second = await readsOf(parent, child.id, 1, first.nextCursor!);
    expect(second).toEqual({
      items: [
        {
          readAt: expect.any(String),
          // The organization and the role, never the employee's name.
          reader: {
            role: 'MUNICIPAL_OPERATOR',
            organization: { id: DemoOrganization.novokuznetskRegistry, name: expect.any(String) },
          },
          parts: ['CHILD_NAME', 'CHILD_BIRTH_DATE', 'DOCUMENT_SERIES_NUMBER', 'APPLICANT_EMAIL'],
          applicationNumbers: [application.number],
        },
      ],
      nextCursor: null,
    });
    expect(Date.parse(second.items[0].readAt)).toBeLessThanOrEqual(Date.parse(first.items[0].readAt));
  });

  it('is the family’s alone: an operator who reads the child is refused the list', async () => {
    const { application } = await childWithApplication();
    for (const login of ['operator@demo.ru', 'org-pd@demo.ru', 'region@demo.ru']) {
      const client = await signIn(login);
      const answer = await client.request<{ application: { child: { personalDataReads: unknown } | null } | null }>(
        `query ($n: String!) { application(number: $n) { child { personalDataReads { items { readAt } } } } }`,
        { n: application.number },
      );
      expect({ login, codes: answer.errors?.map((error) => error.extensions?.code) }).toEqual({
        login,
        codes: ['FORBIDDEN'],
      });
    }
  });

  it('refuses a page size out of range and a cursor it did not write, naming the argument', async () => {
    const { parent } = await childWithApplication();
    for (const [first, after, field] of [
      [0, null, 'first'],
      [51, null, 'first'],
      [5, 'bm90LWEtY3Vyc29y', 'after'],
    ] as const) {
      const answer = await parent.request(READS, { first, after });
      expect(answer.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: { [field]: expect.any(String) },
      });
    }
  });
});
