import { DataSource } from 'typeorm';
import { DemoChild, demoGroupSettingId, DemoMunicipality, DemoUser } from '@pfdo/platform';
import { CertificateGroupEntity } from '../certificate-groups/certificate-group.entity';
import { ChildEntity, ChildGuardianEntity } from '../children/child.entity';
import { seedDemoCertificates } from './demo-certificates';

const territories: Record<keyof typeof DemoMunicipality, string> = {
  kemerovo: 'Кемеровского городского округа',
  novokuznetsk: 'Новокузнецкого городского округа',
  prokopyevsk: 'Прокопьевского городского округа',
  mezhdurechensk: 'Междуреченского городского округа',
  belovo: 'Беловского городского округа',
};

/** Group ids are derived from the municipality's so that reloading the demo finds the same rows. */
export function demoGroupId(municipalityId: string, index: number): string {
  return `5${index}${municipalityId.slice(2)}`;
}

const groups = Object.entries(territories).flatMap(([key, territory]) => {
  const municipalityId = DemoMunicipality[key as keyof typeof DemoMunicipality];
  return [
    {
      id: demoGroupId(municipalityId, 0),
      municipalityId,
      name: `Дети в возрасте от 5 до 18 лет, проживающие на территории ${territory}`,
      minAge: 5,
      maxAge: 18,
      blocked: false,
      // Imported from the navigator's demo setting of the same name (its «Настройка сертификатов»).
      navigatorSettingId: demoGroupSettingId(municipalityId, 3),
    },
    {
      id: demoGroupId(municipalityId, 1),
      municipalityId,
      name: `Дети с ограниченными возможностями здоровья в возрасте от 5 до 18 лет, проживающие на территории ${territory}`,
      minAge: 5,
      maxAge: 18,
      blocked: false,
      navigatorSettingId: demoGroupSettingId(municipalityId, 4),
    },
  ];
});

/** Birth dates relative to today, so that the demo children keep their ages (9 and 15) over the years. */
function birthDateYearsAgo(years: number, extraDays: number): string {
  const date = new Date();
  date.setUTCFullYear(date.getUTCFullYear() - years);
  date.setUTCDate(date.getUTCDate() - extraDays);
  return date.toISOString().slice(0, 10);
}

/** The demo data of docs/domain.md §8 that this subgraph owns. Rows already there are left as they are. */
export async function seedDemo(dataSource: DataSource): Promise<void> {
  const children: ChildEntity[] = [
    {
      id: DemoChild.younger,
      surname: 'Иванова',
      name: 'Софья',
      patronymic: 'Андреевна',
      birthDate: birthDateYearsAgo(9, 40),
      municipalityId: DemoMunicipality.novokuznetsk,
    },
    {
      id: DemoChild.teen,
      surname: 'Иванов',
      name: 'Артём',
      patronymic: 'Андреевич',
      birthDate: birthDateYearsAgo(15, 75),
      municipalityId: DemoMunicipality.novokuznetsk,
    },
  ];
  const guardians: ChildGuardianEntity[] = [
    { childId: DemoChild.younger, userId: DemoUser.parent, relation: 'PARENT' },
    { childId: DemoChild.teen, userId: DemoUser.parent, relation: 'PARENT' },
    { childId: DemoChild.teen, userId: DemoUser.teen, relation: 'SELF' },
  ];
  await dataSource.transaction(async (manager) => {
    await manager.createQueryBuilder().insert().into(CertificateGroupEntity).values(groups).orIgnore().execute();
    await manager.createQueryBuilder().insert().into(ChildEntity).values(children).orIgnore().execute();
    await manager.createQueryBuilder().insert().into(ChildGuardianEntity).values(guardians).orIgnore().execute();
    await seedDemoCertificates(manager, (municipalityId) => demoGroupId(municipalityId, 0));
  });
}
