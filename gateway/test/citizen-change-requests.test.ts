import { DemoMunicipality } from '@pfdo/platform';
import { arrangeChild, closeTestDatabase, signIn, testDatabase } from '@pfdo/testing';
import { applicationWithCertificate } from './citizen-flow.support';

afterAll(closeTestDatabase);

const REQUEST = `mutation ($input: CertificateChangeRequestInput!) {
  requestCertificateChange(input: $input) { id number kind status applicantName email }
}`;
const CONFIRM_PD = `mutation ($id: ID!) { confirmPersonalData(applicationId: $id) { status } }`;
const HISTORY = `{ me { children { id certificate { number group { id name } applications { number kind status } } } } }`;

interface History {
  me: {
    children: Array<{
      id: string;
      certificate: {
        number: string;
        group: { id: string; name: string };
        applications: Array<{ number: string; kind: string; status: string }>;
      } | null;
    }>;
  };
}

/** A group of Новокузнецк for a child of 9 other than the one the certificate is in. */
async function otherGroup(currentGroupId: string): Promise<{ id: string; name: string }> {
  const { rows } = await testDatabase().query(
    `SELECT id, name FROM certificates.certificate_groups
      WHERE municipality_id = $1 AND NOT blocked AND min_age <= 9 AND max_age > 9 AND id <> $2 ORDER BY name LIMIT 1`,
    [DemoMunicipality.novokuznetsk, currentGroupId],
  );
  return rows[0];
}

describe('a change of the certificate filed by the parent himself', () => {
  it('is a SUBMITTED application of his in «История заявок», confirmed by the registry as any other', async () => {
    const parent = await signIn('parent');
    const child = await arrangeChild();
    const { email } = await applicationWithCertificate(parent, child.id);
    const historyOf = async () =>
      (await parent.data<History>(HISTORY)).me.children.find((candidate) => candidate.id === child.id)!.certificate!;
    const before = await historyOf();
    const target = await otherGroup(before.group.id);
    const input = {
      childId: child.id,
      kind: 'CHANGE_GROUP',
      groupId: target.id,
      consentToPersonalDataProcessing: true,
      consentToRules: true,
    };

    const { requestCertificateChange: request } = await parent.data<{
      requestCertificateChange: { id: string; number: string; kind: string; status: string; email: string };
    }>(REQUEST, { input });
    expect(request).toMatchObject({ kind: 'CHANGE_GROUP', status: 'SUBMITTED', email });
    const second = await parent.request(REQUEST, { input });
    expect(second.errors?.[0]?.extensions?.code).toBe('APPLICATION_EXISTS');
    expect((await historyOf()).applications).toEqual([
      expect.objectContaining({ kind: 'NEW_CERTIFICATE' }),
      { number: request.number, kind: 'CHANGE_GROUP', status: 'SUBMITTED' },
    ]);

    const operator = await signIn('operator@demo.ru');
    await operator.data(CONFIRM_PD, { id: request.id });
    const after = await historyOf();
    expect(after.group).toEqual(target);
    expect(after.applications.at(-1)).toEqual({ number: request.number, kind: 'CHANGE_GROUP', status: 'CONFIRMED' });
  });

  it('is checked as the operator’s «Создать заявку» is, field by field, and writes nothing when refused', async () => {
    const parent = await signIn('parent');
    const child = await arrangeChild();
    const withoutCertificate = await arrangeChild();
    await applicationWithCertificate(parent, child.id);
    const count = async () =>
      Number(
        (
          await testDatabase().query(`SELECT count(*) FROM certificates.applications WHERE child_id = ANY($1)`, [
            [child.id, withoutCertificate.id],
          ])
        ).rows[0].count,
      );
    const written = await count();
    const base = { childId: child.id, consentToPersonalDataProcessing: true, consentToRules: true };
    const refusals = [];
    for (const input of [
      { ...base, kind: 'CHANGE_MUNICIPALITY', municipalityId: DemoMunicipality.novokuznetsk },
      { ...base, kind: 'CHANGE_GROUP' },
      { ...base, kind: 'CLARIFY_PERSONAL_DATA', consentToRules: false },
      { ...base, kind: 'NEW_CERTIFICATE' },
      { ...base, childId: withoutCertificate.id, kind: 'CHANGE_GROUP' },
    ]) {
      const answer = await parent.request(REQUEST, { input });
      const extensions = answer.errors?.[0]?.extensions ?? {};
      refusals.push({ code: extensions.code, fields: Object.keys((extensions.fields as object) ?? {}).sort() });
    }
    expect(refusals).toEqual([
      { code: 'BAD_USER_INPUT', fields: ['groupId', 'municipalityId'] },
      { code: 'BAD_USER_INPUT', fields: ['groupId'] },
      { code: 'BAD_USER_INPUT', fields: ['child', 'consentToRules'] },
      { code: 'BAD_USER_INPUT', fields: ['kind'] },
      { code: 'CERTIFICATE_NOT_ISSUED', fields: [] },
    ]);
    expect(await count()).toBe(written);
  });
});
