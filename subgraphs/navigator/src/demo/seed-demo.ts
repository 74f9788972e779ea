import { DataSource } from 'typeorm';
import { DemoMunicipality as M, DemoOrganization as O } from '@pfdo/platform';
import { seedDemoGroupSettings } from '../group-settings/demo-group-settings';
import { ProgramRegistry } from '../programs/program-registry';
import { ProgramEntity } from '../programs/program.entity';

type DemoProgram = Omit<ProgramEntity, 'createdAt'>;

const program = (
  index: number,
  organizationId: string,
  municipalityId: string,
  registry: ProgramRegistry,
  title: string,
  ageFrom: number,
  ageTo: number,
  description: string,
): DemoProgram => ({
  id: `60000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
  organizationId,
  municipalityId,
  registry,
  title,
  ageFrom,
  ageTo,
  description,
});

const programs: DemoProgram[] = [
  program(
    1,
    O.sportSchool,
    M.novokuznetsk,
    ProgramRegistry.CERTIFIED,
    'Фигурное катание: начальная подготовка',
    5,
    10,
    'Занятия на льду и общая физическая подготовка, 3 раза в неделю.',
  ),
  program(
    2,
    O.sportSchool,
    M.novokuznetsk,
    ProgramRegistry.SIGNIFICANT,
    'Хоккей для начинающих',
    7,
    12,
    'Катание, владение клюшкой, игра в команде.',
  ),
  program(
    3,
    O.sportSchool,
    M.novokuznetsk,
    ProgramRegistry.PAID,
    'Индивидуальные тренировки по фигурному катанию',
    6,
    17,
    'Занятия с тренером один на один.',
  ),
  program(
    4,
    O.sportSchool,
    M.novokuznetsk,
    ProgramRegistry.GENERAL,
    'Общая физическая подготовка',
    5,
    17,
    'Гибкость, выносливость, координация.',
  ),
  program(
    5,
    O.technopark,
    M.kemerovo,
    ProgramRegistry.CERTIFIED,
    'Робототехника: первые шаги',
    7,
    11,
    'Сборка и программирование роботов из конструктора.',
  ),
  program(
    6,
    O.technopark,
    M.kemerovo,
    ProgramRegistry.SIGNIFICANT,
    'Промышленный дизайн',
    12,
    17,
    'Эскиз, прототип, 3D-печать.',
  ),
  program(
    7,
    O.technopark,
    M.kemerovo,
    ProgramRegistry.PAID,
    'Программирование на Python',
    12,
    17,
    'От первых программ до собственного проекта.',
  ),
  program(
    8,
    O.technopark,
    M.kemerovo,
    ProgramRegistry.GENERAL,
    'Занимательная физика',
    10,
    14,
    'Опыты и эксперименты в лаборатории технопарка.',
  ),
];

/** The demo data of docs/domain.md §8 that this subgraph owns: programs in all four registries. */
export async function seedDemo(dataSource: DataSource): Promise<void> {
  await dataSource.createQueryBuilder().insert().into(ProgramEntity).values(programs).orIgnore().execute();
  await seedDemoGroupSettings(dataSource);
}
