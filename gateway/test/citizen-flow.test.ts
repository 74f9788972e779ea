import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DemoMunicipality } from '@pfdo/platform';
import {
  anonymous,
  arrangeChild,
  closeTestDatabase,
  confirmationTokenOf,
  eventually,
  signIn,
  testDatabase,
  uniqueEmail,
  waitForMailTo,
  TEST_PORTS,
} from '@pfdo/testing';
import { addBirthCertificate, CONFIRM, ISSUE, SUBMIT } from './citizen-flow.support';

afterAll(closeTestDatabase);

const CHILDREN = `{ me { children {
  id name documents { id series } application { number status } certificate { number }
  eligibleCertificateGroups { id name }
} } }`;

type Children = {
  me: {
    children: Array<{
      id: string;
      name: string;
      documents: Array<{ id: string; series: string }>;
      application: { number: string; status: string } | null;
      certificate: { number: string } | null;
      eligibleCertificateGroups: Array<{ id: string; name: string }>;
    }>;
  };
};

function pdfText(pdf: Buffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'pfdo-form-')), 'form.pdf');
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

describe('the citizen flow through the gateway', () => {
  it('takes a parent from a document to a certificate and its application form', async () => {
    const parent = await signIn('parent');
    const child = await arrangeChild();
    const email = uniqueEmail();

    // The child is listed with nothing yet.
    const before = await parent.data<Children>(CHILDREN);
    const listed = before.me.children.find((candidate) => candidate.id === child.id)!;
    expect(listed).toMatchObject({ documents: [], application: null, certificate: null });

    // «Предоставить документ», with a scan uploaded over plain HTTP.
    const document = await addBirthCertificate(parent, child.id, { series: 'ii-ло', number: '123 457' });
    expect(document).toMatchObject({ series: 'II-ЛО', number: '123457' });

    // «Отправить заявку»: not confirmed until the e-mail's link is followed.
    const { submitApplication: application } = await parent.data<{
      submitApplication: {
        id: string;
        number: string;
        status: string;
        createdAt: string;
        email: string;
        applicantName: string;
        formUrl: string;
      };
    }>(SUBMIT, { childId: child.id, email });
    expect(application).toMatchObject({
      status: 'EMAIL_UNCONFIRMED',
      email,
      applicantName: 'Иванова Марина Сергеевна',
    });
    expect(application.number).toMatch(/^\d{8}$/);
    expect(Date.now() - Date.parse(application.createdAt)).toBeLessThan(60_000);

    // The e-mail arrives at the real mail catcher.
    const [mail] = await waitForMailTo(email);
    expect(mail.subject).toBe('Заявка на сертификат ПДО. Подтверждение электронной почты');
    expect(mail.text).toContain('Для подтверждения адреса электронной почты перейдите по ссылке');
    expect(mail.text).toContain(`http://localhost:${TEST_PORTS.web}/cabinet/confirm-email?token=`);
    const token = confirmationTokenOf(mail);

    // The link works without signing in, once.
    const confirmed = await anonymous().data<{ confirmEmail: { applicationNumber: string } }>(CONFIRM, { token });
    expect(confirmed.confirmEmail.applicationNumber).toBe(application.number);
    const again = await anonymous().request(CONFIRM, { token });
    expect(again.errors?.[0]).toMatchObject({
      message: 'Эта ссылка уже использована: электронная почта подтверждена ранее',
      extensions: { code: 'CONFIRMATION_ALREADY_USED' },
    });

    const afterConfirmation = await parent.data<Children>(CHILDREN);
    const ready = afterConfirmation.me.children.find((candidate) => candidate.id === child.id)!;
    expect(ready.application).toEqual({ number: application.number, status: 'SUBMITTED' });
    const group = ready.eligibleCertificateGroups.find((candidate) =>
      candidate.name.startsWith('Дети в возрасте от 5 до 18 лет'),
    )!;
    expect(group.name).toBe(
      'Дети в возрасте от 5 до 18 лет, проживающие на территории Новокузнецкого городского округа',
    );

    // «Получить сертификат».
    const { issueCertificate: issued } = await parent.data<{
      issueCertificate: {
        navigatorLogin: string;
        navigatorPassword: string;
        certificate: { number: string; status: string; group: { name: string }; municipality: { name: string } };
      };
    }>(ISSUE, { input: { applicationId: application.id, groupId: group.id, documentId: document.id } });
    expect(issued.certificate).toMatchObject({
      status: 'NOT_ACTIVATED',
      group: { name: group.name },
      municipality: { name: 'г. Новокузнецк' },
    });
    expect(issued.certificate.number).toMatch(/^\d{10}$/);
    expect(issued.navigatorLogin).toBe(issued.certificate.number);
    expect(issued.navigatorPassword).toMatch(/^[A-Za-z2-9]{10}$/);

    // Where to bring the signed form.
    const { me } = await parent.data<{
      me: {
        children: Array<{
          id: string;
          certificate: { municipality: { receptionOrganizations: Array<Record<string, string>> } };
          application: { documentsToBring: string[] };
        }>;
      };
    }>(`{ me { children { id application { documentsToBring }
          certificate { municipality { receptionOrganizations { name address room phones workingHours } } } } } }`);
    const withCertificate = me.children.find((candidate) => candidate.id === child.id)!;
    expect(withCertificate.certificate.municipality.receptionOrganizations).toContainEqual({
      name: 'МАУ ДО «ДЮЦ «Орион»',
      address: 'ул. Кутузова 5А',
      room: 'каб. 100',
      phones: '8-913-426-67-05, 74-85-62',
      workingHours: 'понедельник-пятница: 9:30 до 17:00 (обед с 12:00 до 13:00)',
    });
    expect(withCertificate.application.documentsToBring[0]).toBe('Паспорт родителя (законного представителя)');

    // «Скачать заявление»: a real PDF with the child, the number and the group.
    const download = await parent.http(application.formUrl);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    const text = pdfText(Buffer.from(await download.arrayBuffer())).replace(/\s+/g, ' ');
    expect(text).toContain(`${child.surname} ${child.name} ${child.patronymic}`);
    expect(text).toContain(application.number);
    expect(text).toContain(issued.certificate.number);
    expect(text).toContain('Новокузнецкого городского округа');

    // The child's navigator cabinet opens with the certificate number and the generated password.
    const holder = await eventually(
      () =>
        anonymous().request(`mutation ($l: String!, $p: String!) { login(login: $l, password: $p) { role } }`, {
          l: issued.navigatorLogin,
          p: issued.navigatorPassword,
        }),
      (result) => !!result.data,
    );
    expect(holder.data).toEqual({ login: { role: 'CERTIFICATE_HOLDER' } });
  });

  it('lets only the applicant and entitled operators open the form, auditing the operators', async () => {
    const parent = await signIn('parent');
    const child = await arrangeChild();
    await addBirthCertificate(parent, child.id);
    const { submitApplication: application } = await parent.data<{
      submitApplication: { id: string; formUrl: string };
    }>(SUBMIT, {
      childId: child.id,
      email: uniqueEmail(),
    });

    for (const login of ['teen', 'operator-kem@demo.ru', 'provider@demo.ru']) {
      const response = await (await signIn(login)).http(application.formUrl);
      expect({ login, status: response.status }).toEqual({ login, status: 404 });
    }
    expect((await anonymous().http(application.formUrl)).status).toBe(401);

    const operator = await signIn('operator@demo.ru');
    expect((await operator.http(application.formUrl)).status).toBe(200);
    const { rows } = await testDatabase().query(
      `SELECT actor_role, action FROM certificates.audit_events WHERE subject_id = $1 AND action = 'APPLICATION_FORM_READ'`,
      [application.id],
    );
    expect(rows).toEqual([{ actor_role: 'MUNICIPAL_OPERATOR', action: 'APPLICATION_FORM_READ' }]);
  });
});

describe('personal data read by operators', () => {
  it('is written to the audit log, field by field, and a citizen’s own reading is not', async () => {
    const parent = await signIn('parent');
    // In Прокопьевск, which no other test's operator reads, so that the log holds only this test's reads.
    const child = await arrangeChild({ municipalityId: DemoMunicipality.prokopyevsk });
    await addBirthCertificate(parent, child.id);
    const { submitApplication } = await parent.data<{ submitApplication: { id: string; number: string } }>(SUBMIT, {
      childId: child.id,
      email: uniqueEmail(),
    });
    await parent.data(`{ me { children { name documents { series number } } } }`);
    const audit = () =>
      testDatabase().query(
        `SELECT actor_role, subject_id, after FROM certificates.audit_events
          WHERE action = 'PERSONAL_DATA_READ' AND subject_id IN ($1, $2) ORDER BY subject_id`,
        [child.id, submitApplication.id],
      );
    expect((await audit()).rows).toEqual([]);

    const region = await signIn('region@demo.ru');
    const { applicationRegister } = await region.data<{
      applicationRegister: { applications: Array<{ id: string; email: string; child: { surname: string } }> };
    }>(
      `query ($n: String!) { applicationRegister(search: { applicationNumber: $n }) { applications { id email child { surname birthDate } } } }`,
      {
        n: submitApplication.number,
      },
    );
    expect(applicationRegister.applications[0].child.surname).toBe(child.surname);
    const rows = (await eventually(audit, (result) => result.rows.length === 2)).rows;
    expect(rows).toHaveLength(2);
    expect(rows).toContainEqual({
      actor_role: 'REGIONAL_OPERATOR',
      subject_id: child.id,
      after: { type: 'Child', fields: ['surname', 'birthDate'] },
    });
    expect(rows).toContainEqual({
      actor_role: 'REGIONAL_OPERATOR',
      subject_id: submitApplication.id,
      after: { type: 'Application', fields: ['email'] },
    });
  });
});
