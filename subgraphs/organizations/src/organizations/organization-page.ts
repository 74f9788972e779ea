import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { invalidFields } from '@pfdo/platform';
import { OrganizationsContext } from '../context';
import { Municipality } from '../municipalities/municipality.type';
import { OrganizationEntity } from './organization.entity';
import { Organization } from './organization.type';

const MAX_PAGE = 50;

@ObjectType({ description: 'Страница организаций по алфавиту' })
export class OrganizationPage {
  @Field(() => [Organization])
  organizations: Organization[];

  @Field(() => String, { nullable: true, description: 'Курсор следующей страницы; null на последней' })
  nextCursor: string | null;
}

const encode = (row: { name: string; id: string }) =>
  Buffer.from(JSON.stringify([row.name, row.id])).toString('base64url');

function decode(cursor: string): [string, string] | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    return Array.isArray(value) && value.length === 2 && value.every((part) => typeof part === 'string')
      ? (value as [string, string])
      : null;
  } catch {
    return null;
  }
}

@Resolver(() => Municipality)
export class MunicipalityOrganizationPageResolver {
  @FieldResolver(() => OrganizationPage, {
    description: '«Справочники»: организации по приёму заявлений муниципалитета, по алфавиту, постранично',
  })
  async receptionOrganizationPage(
    @Root() municipality: Municipality,
    @Ctx() context: OrganizationsContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<OrganizationPage> {
    if (first < 1 || first > MAX_PAGE) throw invalidFields({ first: `На странице от 1 до ${MAX_PAGE} организаций` });
    const cursor = after ? decode(after) : null;
    if (after && !cursor) throw invalidFields({ after: 'Неверный курсор страницы' });
    const query = context.dataSource
      .getRepository(OrganizationEntity)
      .createQueryBuilder('organization')
      .where('organization.municipality_id = :municipalityId', { municipalityId: municipality.id })
      .andWhere(`organization.kind = 'RECEPTION'`)
      .orderBy('organization.name', 'ASC')
      .addOrderBy('organization.id', 'ASC')
      .limit(first + 1);
    if (cursor)
      query.andWhere('(organization.name, organization.id) > (:name, :id)', { name: cursor[0], id: cursor[1] });
    const rows = await query.getMany();
    const page = rows.slice(0, first);
    const last = page.at(-1);
    return Object.assign(new OrganizationPage(), {
      organizations: page.map(Organization.from),
      nextCursor: rows.length > first && last ? encode(last) : null,
    });
  }
}
