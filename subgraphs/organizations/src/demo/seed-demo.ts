import { DataSource } from 'typeorm';
import {
  DEMO_PASSWORD,
  DemoMunicipality as M,
  DemoOrganization as O,
  DemoUser as U,
  hashPassword,
} from '@pfdo/platform';
import { MunicipalityEntity } from '../municipalities/municipality.entity';
import { OrganizationEntity } from '../organizations/organization.entity';
import { UserEntity } from '../users/user.entity';

const municipalities: MunicipalityEntity[] = [
  { id: M.kemerovo, name: 'г. Кемерово', territoryName: 'Кемеровского городского округа' },
  { id: M.novokuznetsk, name: 'г. Новокузнецк', territoryName: 'Новокузнецкого городского округа' },
  { id: M.prokopyevsk, name: 'г. Прокопьевск', territoryName: 'Прокопьевского городского округа' },
  { id: M.mezhdurechensk, name: 'г. Междуреченск', territoryName: 'Междуреченского городского округа' },
  { id: M.belovo, name: 'г. Белово', territoryName: 'Беловского городского округа' },
];

const organizations: OrganizationEntity[] = [
  {
    id: O.orion,
    municipalityId: M.novokuznetsk,
    kind: 'RECEPTION',
    name: 'МАУ ДО «ДЮЦ «Орион»',
    address: 'ул. Кутузова 5А',
    room: 'каб. 100',
    phones: '8-913-426-67-05, 74-85-62',
    responsiblePerson: 'Соколова Елена Викторовна',
    workingHours: 'понедельник-пятница: 9:30 до 17:00 (обед с 12:00 до 13:00)',
  },
  {
    id: O.school110,
    municipalityId: M.novokuznetsk,
    kind: 'RECEPTION',
    name: 'МБОУ «Средняя общеобразовательная школа № 110»',
    address: 'ул. Тольятти 38',
    room: 'каб. 12',
    phones: '8 (3843) 53-11-10',
    responsiblePerson: 'Белова Татьяна Николаевна',
    workingHours: 'понедельник-пятница: 8:30 до 16:30',
  },
  {
    id: O.kemerovoDdt,
    municipalityId: M.kemerovo,
    kind: 'RECEPTION',
    name: 'МБУ ДО «Дом детского творчества Центрального района»',
    address: 'пр. Советский 40',
    room: 'каб. 5',
    phones: '8 (3842) 36-44-21',
    responsiblePerson: '',
    workingHours: 'понедельник-пятница: 9:00 до 18:00',
  },
  {
    id: O.novokuznetskRegistry,
    municipalityId: M.novokuznetsk,
    kind: 'REGISTRY',
    name: 'Комитет образования и науки администрации г. Новокузнецка',
    address: 'ул. Кирова 71',
    room: '',
    phones: '8 (3843) 32-15-40',
    responsiblePerson: '',
    workingHours: 'понедельник-пятница: 8:30 до 17:30',
  },
  {
    id: O.kemerovoRegistry,
    municipalityId: M.kemerovo,
    kind: 'REGISTRY',
    name: 'Управление образования администрации г. Кемерово',
    address: 'ул. Красная 9',
    room: '',
    phones: '8 (3842) 58-05-70',
    responsiblePerson: '',
    workingHours: 'понедельник-пятница: 8:30 до 17:30',
  },
  {
    id: O.regionalCenter,
    municipalityId: null,
    kind: 'REGISTRY',
    name: 'Региональный модельный центр дополнительного образования детей Кузбасса',
    address: 'г. Кемерово, пр. Советский 63',
    room: '',
    phones: '8 (3842) 45-25-48',
    responsiblePerson: '',
    workingHours: 'понедельник-пятница: 9:00 до 18:00',
  },
  {
    id: O.sportSchool,
    municipalityId: M.novokuznetsk,
    kind: 'PROVIDER',
    name: 'МБУ ДО «Спортивная школа «Кузнецкий лёд»',
    address: 'пр. Металлургов 20',
    room: '',
    phones: '8 (3843) 74-20-20',
    responsiblePerson: '',
    workingHours: 'ежедневно: 8:00 до 21:00',
  },
  {
    id: O.technopark,
    municipalityId: M.kemerovo,
    kind: 'PROVIDER',
    name: 'Детский технопарк «Кванториум-42»',
    address: 'ул. Николая Островского 32',
    room: '',
    phones: '8 (3842) 90-42-42',
    responsiblePerson: '',
    workingHours: 'вторник-суббота: 10:00 до 19:00',
  },
];

type DemoUser = Omit<UserEntity, 'passwordHash' | 'createdAt' | 'blockedAt'>;

const staff = { canViewPersonalData: false, canConfirmApplications: false };
const users: DemoUser[] = [
  {
    id: U.parent,
    login: 'parent',
    fullName: 'Иванова Марина Сергеевна',
    role: 'CITIZEN',
    organizationId: null,
    municipalityId: M.novokuznetsk,
    ...staff,
  },
  {
    id: U.teen,
    login: 'teen',
    fullName: 'Иванов Артём Андреевич',
    role: 'CITIZEN',
    organizationId: null,
    municipalityId: M.novokuznetsk,
    ...staff,
  },
  {
    id: U.org,
    login: 'org@demo.ru',
    fullName: 'МБОУ «СОШ № 110» (приём заявлений)',
    role: 'ORG_OPERATOR',
    organizationId: O.school110,
    municipalityId: M.novokuznetsk,
    ...staff,
  },
  {
    id: U.orgPd,
    login: 'org-pd@demo.ru',
    fullName: 'МАУ ДО «ДЮЦ «Орион» (приём заявлений)',
    role: 'ORG_OPERATOR',
    organizationId: O.orion,
    municipalityId: M.novokuznetsk,
    canViewPersonalData: true,
    canConfirmApplications: true,
  },
  {
    id: U.operator,
    login: 'operator@demo.ru',
    fullName: 'Петрова Ольга Викторовна',
    role: 'MUNICIPAL_OPERATOR',
    organizationId: O.novokuznetskRegistry,
    municipalityId: M.novokuznetsk,
    ...staff,
  },
  {
    id: U.operatorKem,
    login: 'operator-kem@demo.ru',
    fullName: 'Смирнов Игорь Павлович',
    role: 'MUNICIPAL_OPERATOR',
    organizationId: O.kemerovoRegistry,
    municipalityId: M.kemerovo,
    ...staff,
  },
  {
    id: U.region,
    login: 'region@demo.ru',
    fullName: 'Кузнецова Анна Дмитриевна',
    role: 'REGIONAL_OPERATOR',
    organizationId: O.regionalCenter,
    municipalityId: null,
    ...staff,
  },
  {
    id: U.provider,
    login: 'provider@demo.ru',
    fullName: 'МБУ ДО «СШ «Кузнецкий лёд»',
    role: 'PROVIDER',
    organizationId: O.sportSchool,
    municipalityId: M.novokuznetsk,
    ...staff,
  },
];

/** The demo data of docs/domain.md §8 that this subgraph owns. Rows already there are left as they are. */
export async function seedDemo(dataSource: DataSource): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.createQueryBuilder().insert().into(MunicipalityEntity).values(municipalities).orIgnore().execute();
    await manager.createQueryBuilder().insert().into(OrganizationEntity).values(organizations).orIgnore().execute();
    const existing = new Set((await manager.find(UserEntity, { select: { id: true } })).map((user) => user.id));
    const missing = users.filter((user) => !existing.has(user.id));
    if (missing.length === 0) return;
    // Each account gets its own salt, as any other account would.
    const rows = await Promise.all(
      missing.map(async (user) => ({ ...user, passwordHash: await hashPassword(DEMO_PASSWORD) })),
    );
    await manager.createQueryBuilder().insert().into(UserEntity).values(rows).orIgnore().execute();
  });
}
