import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { invalidFields, isUuid } from '@pfdo/platform';
import { NavigatorContext } from '../context';
import { findProgram } from '../programs/program.resolver';
import { Program } from '../programs/program.type';
import { Municipality, Organization } from '../references/references';
import { catalogueLoaders } from './catalogue-loaders';
import { searchPrograms, searchProviders } from './catalogue-search';
import {
  CatalogueFilter,
  CatalogueProgramPage,
  GroupRow,
  MapMarker,
  MapMarkerKind,
  PlaceOfStudy,
  Provider,
  ProgramGroup,
  ProviderPage,
} from './catalogue.types';
import { scheduleText } from './schedule';

const PAGE_SIZE = 20;
/** At most this many markers on the map: the region's providers and places fit many times over. */
export const MAX_MAP_MARKERS = 2000;

export function groupOf(row: GroupRow): ProgramGroup {
  return Object.assign(new ProgramGroup(), {
    id: row.id,
    name: row.name,
    schedule: row.schedule,
    scheduleText: scheduleText(row.schedule),
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    placesTotal: row.places_total,
    placesTaken: row.places_taken,
    freePlaces: Math.max(row.places_total - row.places_taken, 0),
    placeId: row.place_id,
  });
}

/** «НАВИГАТОР»: the public catalogue, open to anonymous visitors and every role. */
@Resolver()
export class CatalogueResolver {
  @Query(() => CatalogueProgramPage, {
    description:
      'Программы навигатора: поиск по части названия (без учёта регистра) и «Расширенный поиск», ' +
      `по названию, страницами (не более 100, по умолчанию ${PAGE_SIZE})`,
  })
  async catalogue(
    @Ctx() context: NavigatorContext,
    @Arg('filter', () => CatalogueFilter, { nullable: true }) filter: CatalogueFilter | null,
    @Arg('first', () => Int, { defaultValue: PAGE_SIZE }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<CatalogueProgramPage> {
    const page = await searchPrograms(context.dataSource, context.identity, filter ?? {}, { first, after });
    return { programs: page.rows.map(Program.from), nextCursor: page.nextCursor };
  }

  @Query(() => Program, { nullable: true, description: 'Страница программы навигатора' })
  catalogueProgram(@Ctx() context: NavigatorContext, @Arg('id', () => ID) id: string): Promise<Program | null> {
    return findProgram(context, id);
  }

  @Query(() => ProviderPage, {
    description: 'Поиск организаций навигатора: по части наименования и муниципалитету, страницами',
  })
  async catalogueProviders(
    @Ctx() context: NavigatorContext,
    @Arg('text', () => String, { nullable: true }) text: string | null,
    @Arg('municipalityId', () => ID, { nullable: true }) municipalityId: string | null,
    @Arg('first', () => Int, { defaultValue: PAGE_SIZE }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<ProviderPage> {
    const page = await searchProviders(context.dataSource, { text, municipalityId }, { first, after });
    return { providers: page.rows.map(Provider.from), nextCursor: page.nextCursor };
  }

  @Query(() => Provider, { nullable: true, description: 'Страница организации навигатора' })
  async catalogueProvider(@Ctx() context: NavigatorContext, @Arg('id', () => ID) id: string): Promise<Provider | null> {
    if (!isUuid(id)) return null;
    const row = await catalogueLoaders(context).providerById.load(id);
    return row && Provider.from(row);
  }

  @Query(() => [Municipality], { description: 'Муниципалитеты, в которых есть организации навигатора' })
  async catalogueMunicipalities(@Ctx() context: NavigatorContext): Promise<Municipality[]> {
    const rows = (await context.dataSource.query(
      `SELECT DISTINCT municipality_id FROM navigator.provider_cards ORDER BY municipality_id`,
    )) as Array<{ municipality_id: string }>;
    return rows.map((row) => Municipality.ref(row.municipality_id));
  }

  @Query(() => [MapMarker], {
    description:
      '«Открыть карту»: организации и места реализации программ с координатами, муниципалитета или одной ' +
      `организации (не более ${MAX_MAP_MARKERS})`,
  })
  async catalogueMap(
    @Ctx() context: NavigatorContext,
    @Arg('municipalityId', () => ID, { nullable: true }) municipalityId: string | null,
    @Arg('providerId', () => ID, { nullable: true }) providerId: string | null,
  ): Promise<MapMarker[]> {
    const fields: Record<string, string> = {};
    if (municipalityId != null && !isUuid(municipalityId)) fields.municipalityId = 'Неверный муниципалитет';
    if (providerId != null && !isUuid(providerId)) fields.providerId = 'Неверная организация';
    if (Object.keys(fields).length > 0) throw invalidFields(fields);
    const rows = (await context.dataSource.query(
      `SELECT * FROM (
         SELECT c.organization_id AS id, 'ORGANIZATION' AS kind, c.name AS label, c.address,
                c.latitude, c.longitude, c.organization_id AS provider_id, c.name AS sort_name, 0 AS sort_kind
           FROM navigator.provider_cards c
          WHERE c.latitude IS NOT NULL AND c.longitude IS NOT NULL
            AND ($1::uuid IS NULL OR c.municipality_id = $1) AND ($2::uuid IS NULL OR c.organization_id = $2)
         UNION ALL
         SELECT s.id, 'PLACE_OF_STUDY', c.name || CASE WHEN s.name = '' THEN '' ELSE ': ' || s.name END, s.address,
                s.latitude, s.longitude, s.organization_id, c.name, 1
           FROM navigator.places_of_study s JOIN navigator.provider_cards c USING (organization_id)
          WHERE ($1::uuid IS NULL OR c.municipality_id = $1) AND ($2::uuid IS NULL OR c.organization_id = $2)
       ) m ORDER BY sort_name, sort_kind, address, id LIMIT ${MAX_MAP_MARKERS}`,
      [municipalityId, providerId],
    )) as Array<{
      id: string;
      kind: MapMarkerKind;
      label: string;
      address: string;
      latitude: number;
      longitude: number;
      provider_id: string;
    }>;
    return rows.map((row) =>
      Object.assign(new MapMarker(), {
        id: row.id,
        kind: row.kind,
        label: row.label,
        address: row.address,
        latitude: row.latitude,
        longitude: row.longitude,
        providerId: row.provider_id,
      }),
    );
  }
}

@Resolver(() => Program)
export class ProgramCatalogueResolver {
  @FieldResolver(() => Provider, { nullable: true, description: 'Организация, реализующая программу' })
  async provider(@Root() program: Program, @Ctx() context: NavigatorContext): Promise<Provider | null> {
    const row = await catalogueLoaders(context).providerById.load(program.organizationId);
    return row && Provider.from(row);
  }

  @FieldResolver(() => [ProgramGroup], { description: 'Группы программы, по дате начала' })
  async groups(@Root() program: Program, @Ctx() context: NavigatorContext): Promise<ProgramGroup[]> {
    return (await catalogueLoaders(context).groupsByProgram.load(program.id)).map(groupOf);
  }

  @FieldResolver(() => Int, { description: 'Свободных мест во всех группах программы' })
  async freePlaces(@Root() program: Program, @Ctx() context: NavigatorContext): Promise<number> {
    const groups = await catalogueLoaders(context).groupsByProgram.load(program.id);
    return groups.reduce((sum, group) => sum + Math.max(group.places_total - group.places_taken, 0), 0);
  }
}

@Resolver(() => ProgramGroup)
export class ProgramGroupResolver {
  @FieldResolver(() => PlaceOfStudy, { nullable: true, description: 'Место реализации (адрес занятий)' })
  async placeOfStudy(@Root() group: ProgramGroup, @Ctx() context: NavigatorContext): Promise<PlaceOfStudy | null> {
    if (!group.placeId) return null;
    const row = await catalogueLoaders(context).placeById.load(group.placeId);
    return row && PlaceOfStudy.from(row);
  }
}

@Resolver(() => Provider)
export class ProviderResolver {
  @FieldResolver(() => Municipality)
  municipality(@Root() provider: Provider): Municipality {
    return Municipality.ref(provider.municipalityId);
  }

  @FieldResolver(() => Organization, { description: 'Организация (по ключу)' })
  organization(@Root() provider: Provider): Organization {
    return Organization.ref(provider.id);
  }

  @FieldResolver(() => [Program], { description: 'Программы организации, по названию' })
  async programs(@Root() provider: Provider, @Ctx() context: NavigatorContext): Promise<Program[]> {
    return (await context.loaders.programsByOrganization.load(provider.id)).map(Program.from);
  }

  @FieldResolver(() => [PlaceOfStudy], { description: 'Места реализации программ' })
  async placesOfStudy(@Root() provider: Provider, @Ctx() context: NavigatorContext): Promise<PlaceOfStudy[]> {
    return (await catalogueLoaders(context).placesByProvider.load(provider.id)).map(PlaceOfStudy.from);
  }
}
