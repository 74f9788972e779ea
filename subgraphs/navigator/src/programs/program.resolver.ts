import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { isUuid } from '@pfdo/platform';
import { NavigatorContext } from '../context';
import { Municipality, Organization } from '../references/references';
import { ProgramRegistry } from './program-registry';
import { ProgramEntity } from './program.entity';
import { Program } from './program.type';

export const MAX_PROGRAMS_PAGE = 100;

@Resolver(() => Program)
export class ProgramResolver {
  @Query(() => [Program], { description: `Программы навигатора по названию, не более ${MAX_PROGRAMS_PAGE} за раз` })
  async programs(
    @Ctx() context: NavigatorContext,
    @Arg('registry', () => ProgramRegistry, { nullable: true }) registry?: ProgramRegistry,
    @Arg('first', () => Int, { defaultValue: 20 }) first = 20,
  ): Promise<Program[]> {
    const rows = await context.dataSource.getRepository(ProgramEntity).find({
      where: registry ? { registry } : {},
      order: { title: 'ASC', id: 'ASC' },
      take: Math.min(Math.max(first, 0), MAX_PROGRAMS_PAGE),
    });
    return rows.map(Program.from);
  }

  @FieldResolver(() => Organization, { description: 'Поставщик образовательных услуг' })
  organization(@Root() program: Program): Organization {
    return Organization.ref(program.organizationId);
  }

  @FieldResolver(() => Municipality)
  municipality(@Root() program: Program): Municipality {
    return Municipality.ref(program.municipalityId);
  }
}

@Resolver(() => Organization)
export class OrganizationProgramsResolver {
  @FieldResolver(() => [Program], { description: 'Программы организации' })
  async programs(@Root() organization: Organization, @Ctx() context: NavigatorContext): Promise<Program[]> {
    const rows = await context.loaders.programsByOrganization.load(organization.id);
    return rows.map(Program.from);
  }
}

export async function findProgram(context: NavigatorContext, id: string): Promise<Program | null> {
  if (!isUuid(id)) return null;
  const row = await context.loaders.programById.load(id);
  return row && Program.from(row);
}
