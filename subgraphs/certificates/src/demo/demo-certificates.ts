import { EntityManager } from 'typeorm';
import { DemoMunicipality } from '@pfdo/platform';

/**
 * Activated certificates for the register and the certificate page (seed 001, «Сертификаты»): in
 * Новокузнецк three «Сертификаты ПФ», three «Сертификаты учета» and one frozen, in Кемерово one of each
 * live type, each with the confirmed application it was issued by («История заявок», the representative).
 */
interface DemoCertificate {
  index: number;
  municipalityId: string;
  type: 'FUNDED' | 'ACCOUNTING';
  status: 'ACTIVATED' | 'FROZEN';
  number: string;
  applicationNumber: string;
  child: [surname: string, name: string, patronymic: string, birthDate: string];
  representative: string;
}

const N = DemoMunicipality.novokuznetsk;
const K = DemoMunicipality.kemerovo;

export const DEMO_CERTIFICATES: DemoCertificate[] = [
  {
    index: 1,
    municipalityId: N,
    type: 'FUNDED',
    status: 'ACTIVATED',
    number: '5408127733',
    applicationNumber: '38172651',
    child: ['Соколов', 'Михаил', 'Петрович', '2016-03-14'],
    representative: 'Соколова Елена Викторовна',
  },
  {
    index: 2,
    municipalityId: N,
    type: 'FUNDED',
    status: 'ACTIVATED',
    number: '6120934418',
    applicationNumber: '47201936',
    child: ['Кузнецова', 'Анна', 'Викторовна', '2014-09-02'],
    representative: 'Кузнецов Виктор Павлович',
  },
  {
    index: 3,
    municipalityId: N,
    type: 'FUNDED',
    status: 'ACTIVATED',
    number: '7305561290',
    applicationNumber: '51420403',
    child: ['Зернов', 'Виктор', 'Сергеевич', '2010-03-10'],
    representative: 'Зернова Ольга Николаевна',
  },
  {
    index: 4,
    municipalityId: N,
    type: 'ACCOUNTING',
    status: 'ACTIVATED',
    number: '2291840567',
    applicationNumber: '62596998',
    child: ['Морозова', 'Дарья', 'Олеговна', '2019-01-25'],
    representative: 'Морозов Олег Иванович',
  },
  {
    index: 5,
    municipalityId: N,
    type: 'ACCOUNTING',
    status: 'ACTIVATED',
    number: '3987215064',
    applicationNumber: '70318245',
    child: ['Лебедев', 'Кирилл', 'Андреевич', '2015-06-18'],
    representative: 'Лебедева Наталья Сергеевна',
  },
  {
    index: 6,
    municipalityId: N,
    type: 'ACCOUNTING',
    status: 'ACTIVATED',
    number: '4650093821',
    applicationNumber: '81977181',
    child: ['Павлова', 'Ксения', 'Игоревна', '2013-11-07'],
    representative: 'Павлов Игорь Юрьевич',
  },
  {
    index: 7,
    municipalityId: N,
    type: 'ACCOUNTING',
    status: 'FROZEN',
    number: '8814302759',
    applicationNumber: '86232856',
    child: ['Смирнов', 'Егор', 'Дмитриевич', '2009-02-11'],
    representative: 'Смирнова Татьяна Алексеевна',
  },
  {
    index: 8,
    municipalityId: K,
    type: 'FUNDED',
    status: 'ACTIVATED',
    number: '9142207385',
    applicationNumber: '26663698',
    child: ['Васильева', 'Полина', 'Романовна', '2012-05-30'],
    representative: 'Васильев Роман Олегович',
  },
  {
    index: 9,
    municipalityId: K,
    type: 'ACCOUNTING',
    status: 'ACTIVATED',
    number: '1576630942',
    applicationNumber: '60615375',
    child: ['Фёдоров', 'Тимофей', 'Ильич', '2017-08-19'],
    representative: 'Фёдорова Мария Андреевна',
  },
];

const id = (prefix: string, index: number) => `${prefix}000000-0000-4000-8000-${String(index).padStart(12, '0')}`;

/** Rows already there are left as they are (the demo is loaded on every start of the embedded defaults). */
export async function seedDemoCertificates(manager: EntityManager, groupIdOf: (municipalityId: string) => string) {
  for (const demo of DEMO_CERTIFICATES) {
    const [childId, applicationId, certificateId] = [id('7c', demo.index), id('7a', demo.index), id('7e', demo.index)];
    const groupId = groupIdOf(demo.municipalityId);
    const [surname, name, patronymic, birthDate] = demo.child;
    await manager.query(
      `INSERT INTO certificates.children (id, surname, name, patronymic, birth_date, municipality_id)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
      [childId, surname, name, patronymic, birthDate, demo.municipalityId],
    );
    const inserted: unknown[] = await manager.query(
      `INSERT INTO certificates.certificates (id, number, status, certificate_type, municipality_id, group_id, child_id, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now() - make_interval(days => 400 - $8::int * 20))
       ON CONFLICT DO NOTHING RETURNING id`,
      [certificateId, demo.number, demo.status, demo.type, demo.municipalityId, groupId, childId, demo.index],
    );
    if (!inserted.length) continue;
    await manager.query(
      `INSERT INTO certificates.applications
         (id, number, kind, status, municipality_id, child_id, certificate_id, group_id, applicant_name,
          processed_at, created_at)
       SELECT $1, $2, 'NEW_CERTIFICATE', 'CONFIRMED', $3, $4, $5, $6, $7, created_at, created_at
         FROM certificates.certificates WHERE id = $5`,
      [
        applicationId,
        demo.applicationNumber,
        demo.municipalityId,
        childId,
        certificateId,
        groupId,
        demo.representative,
      ],
    );
    await manager.query(`UPDATE certificates.certificates SET application_id = $1 WHERE id = $2`, [
      applicationId,
      certificateId,
    ]);
  }
}
