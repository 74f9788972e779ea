import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { DataSource, In } from 'typeorm';
import { byKeyLoader, forbidden, invalidFields, isUuid, perRequest } from '@pfdo/platform';
import { CertificatesContext } from '../context';
import { Municipality } from '../references/references';
import { MunicipalRegulationEntity, MunicipalRegulationExcerptEntity } from './regulation.entity';
import { setRegulationExcerpt } from './regulation.service';
import { MunicipalRegulation, MunicipalRegulationVersionPage } from './regulation.type';

const MAX_PAGE = 50;

function createRegulationLoaders(dataSource: DataSource) {
  return {
    currentByMunicipality: byKeyLoader(
      (ids: readonly string[]) =>
        dataSource.getRepository(MunicipalRegulationEntity).query(
          `SELECT DISTINCT ON (municipality_id) id, municipality_id AS "municipalityId", storage_key AS "storageKey",
                  size_bytes AS "sizeBytes", original_name AS "originalName", uploaded_by_user_id AS "uploadedByUserId",
                  uploaded_by_name AS "uploadedByName", uploaded_at AS "uploadedAt"
             FROM certificates.municipal_regulations WHERE municipality_id = ANY($1)
            ORDER BY municipality_id, uploaded_at DESC, id DESC`,
          [[...ids]],
        ) as Promise<MunicipalRegulationEntity[]>,
      (row) => row.municipalityId,
    ),
    excerptByMunicipality: byKeyLoader(
      (ids: readonly string[]) =>
        dataSource.getRepository(MunicipalRegulationExcerptEntity).findBy({ municipalityId: In([...ids]) }),
      (row) => row.municipalityId,
    ),
  };
}

/** This module's per-request loaders, kept beside the request's context rather than in the shared list. */
const loaders = perRequest((context: CertificatesContext) => createRegulationLoaders(context.dataSource));

/** A cursor this resolver wrote: the last version's exact upload time (ISO, as written) and id. */
function decodeCursor(cursor: string): { uploadedAt: string; id: string } | null {
  const [uploadedAt, id, extra] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (extra !== undefined || !uploadedAt || !id || !isUuid(id)) return null;
  const parsed = new Date(uploadedAt);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString() === uploadedAt ? { uploadedAt, id } : null;
}

@Resolver(() => Municipality)
export class MunicipalityRegulationResolver {
  @FieldResolver(() => MunicipalRegulation, {
    nullable: true,
    description: 'Текущая версия «Положения о персонифицированном дополнительном образовании»; null, пока не загружено',
  })
  async regulation(@Root() municipality: Municipality, @Ctx() context: CertificatesContext) {
    const row = await loaders(context).currentByMunicipality.load(municipality.id);
    return row && MunicipalRegulation.from(row, true);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Выдержка из Положения для подсказки «?» в кабинете сертификата; null, пока не заполнена',
  })
  async regulationExcerpt(@Root() municipality: Municipality, @Ctx() context: CertificatesContext) {
    const row = await loaders(context).excerptByMunicipality.load(municipality.id);
    return row?.excerpt ?? null;
  }

  @FieldResolver(() => MunicipalRegulationVersionPage, {
    description: 'Все загруженные версии Положения, новые сначала',
  })
  async regulationVersions(
    @Root() municipality: Municipality,
    @Ctx() context: CertificatesContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
  ): Promise<MunicipalRegulationVersionPage> {
    if (first < 1 || first > MAX_PAGE) throw invalidFields({ first: `На странице от 1 до ${MAX_PAGE} версий` });
    const cursor = after ? decodeCursor(after) : null;
    if (after && !cursor) throw invalidFields({ after: 'Неверный курсор страницы' });
    const rows: MunicipalRegulationEntity[] = await context.dataSource.query(
      `SELECT id, municipality_id AS "municipalityId", storage_key AS "storageKey", size_bytes AS "sizeBytes",
              original_name AS "originalName", uploaded_by_user_id AS "uploadedByUserId",
              uploaded_by_name AS "uploadedByName", uploaded_at AS "uploadedAt"
         FROM certificates.municipal_regulations
        WHERE municipality_id = $1 AND ($2::timestamptz IS NULL OR (uploaded_at, id) < ($2::timestamptz, $3::uuid))
        ORDER BY uploaded_at DESC, id DESC LIMIT $4`,
      [municipality.id, cursor?.uploadedAt ?? null, cursor?.id ?? null, first + 1],
    );
    const current = await loaders(context).currentByMunicipality.load(municipality.id);
    const page = rows.slice(0, first);
    const last = page.at(-1);
    return Object.assign(new MunicipalRegulationVersionPage(), {
      versions: page.map((row) => MunicipalRegulation.from(row, row.id === current?.id)),
      nextCursor:
        rows.length > first && last
          ? Buffer.from(`${last.uploadedAt.toISOString()}|${last.id}`).toString('base64url')
          : null,
    });
  }
}

@Resolver()
export class RegulationMutationResolver {
  @Mutation(() => Municipality, {
    description: '«Мои параметры»: выдержка из Положения о ПДО муниципалитета (пустая строка её удаляет)',
  })
  async setMunicipalRegulationExcerpt(
    @Arg('municipalityId', () => ID) municipalityId: string,
    @Arg('excerpt') excerpt: string,
    @Ctx() context: CertificatesContext,
  ): Promise<Municipality> {
    const { identity } = context;
    if (!identity) throw forbidden();
    const set = await setRegulationExcerpt(context.runtime, { ...context.caller, identity }, municipalityId, excerpt);
    return Municipality.ref(set.municipalityId);
  }
}
