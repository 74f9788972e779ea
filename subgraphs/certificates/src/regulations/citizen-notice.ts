import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { DataSource } from 'typeorm';
import {
  byKeyLoader,
  Caller,
  domainError,
  ErrorCode,
  forbidden,
  Identity,
  invalidFields,
  perRequest,
} from '@pfdo/platform';
import { writeAudit } from '../audit/audit';
import { CertificatesContext } from '../context';
import { Municipality } from '../references/references';
import { regulationMunicipalityOf } from './regulation.service';

export const MAX_ACTIVATION_NOTICE_LENGTH = 2000;
export const MAX_SUPPORT_PHONES_LENGTH = 500;

interface CitizenNotice {
  municipalityId: string;
  activationNotice: string;
  supportPhones: string;
}

const loaders = perRequest((context: { dataSource: DataSource }) => ({
  noticeByMunicipality: byKeyLoader(
    (ids: readonly string[]) =>
      context.dataSource.query(
        `SELECT municipality_id AS "municipalityId", activation_notice AS "activationNotice",
                support_phones AS "supportPhones"
           FROM certificates.municipal_citizen_notices WHERE municipality_id = ANY($1)`,
        [[...ids]],
      ) as Promise<CitizenNotice[]>,
    (row) => row.municipalityId,
  ),
}));

/**
 * The notice and the phones: empty texts remove them. A municipal operator sets his own municipality's, the
 * regional operator any (FORBIDDEN before anything is read otherwise); audited before and after.
 */
export async function setCitizenNotice(
  dataSource: DataSource,
  caller: Caller & { identity: Identity },
  requestedMunicipalityId: string,
  input: { activationNotice: string; supportPhones: string },
): Promise<string> {
  const municipalityId = regulationMunicipalityOf(caller.identity, requestedMunicipalityId);
  if (!municipalityId) {
    throw domainError(ErrorCode.Forbidden, 'Оператор реестра изменяет сведения только своего муниципалитета', {
      field: 'municipalityId',
    });
  }
  const activationNotice = input.activationNotice.trim();
  const supportPhones = input.supportPhones.trim();
  const errors: Record<string, string> = {};
  if (activationNotice.length > MAX_ACTIVATION_NOTICE_LENGTH)
    errors.activationNotice = `Порядок активации: не более ${MAX_ACTIVATION_NOTICE_LENGTH} символов`;
  if (supportPhones.length > MAX_SUPPORT_PHONES_LENGTH)
    errors.supportPhones = `Телефоны поддержки: не более ${MAX_SUPPORT_PHONES_LENGTH} символов`;
  if (Object.keys(errors).length) throw invalidFields(errors);
  await dataSource.transaction(async (manager) => {
    const [before] = (await manager.query(
      `SELECT activation_notice AS "activationNotice", support_phones AS "supportPhones"
         FROM certificates.municipal_citizen_notices WHERE municipality_id = $1 FOR UPDATE`,
      [municipalityId],
    )) as Array<Omit<CitizenNotice, 'municipalityId'>>;
    const previous = before ?? { activationNotice: '', supportPhones: '' };
    if (previous.activationNotice === activationNotice && previous.supportPhones === supportPhones) return;
    if (!activationNotice && !supportPhones) {
      await manager.query(`DELETE FROM certificates.municipal_citizen_notices WHERE municipality_id = $1`, [
        municipalityId,
      ]);
    } else {
      await manager.query(
        `INSERT INTO certificates.municipal_citizen_notices (municipality_id, activation_notice, support_phones)
         VALUES ($1, $2, $3)
         ON CONFLICT (municipality_id) DO UPDATE
           SET activation_notice = excluded.activation_notice, support_phones = excluded.support_phones, updated_at = now()`,
        [municipalityId, activationNotice, supportPhones],
      );
    }
    await writeAudit(manager, caller, {
      action: 'CITIZEN_NOTICE_CHANGED',
      subjectId: municipalityId,
      before: previous,
      after: { activationNotice, supportPhones },
    });
  });
  return municipalityId;
}

@Resolver(() => Municipality)
export class MunicipalityCitizenNoticeResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Что сказать родителю после выдачи сертификата: где и с какого числа его активировать (шаг 11 инструкции); ' +
      'null, пока муниципалитет не заполнил',
  })
  async activationNotice(@Root() municipality: Municipality, @Ctx() context: CertificatesContext) {
    const row = await loaders(context).noticeByMunicipality.load(municipality.id);
    return row?.activationNotice || null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: '«Телефон тех. поддержки» муниципалитета; null, пока не заполнен',
  })
  async supportPhones(@Root() municipality: Municipality, @Ctx() context: CertificatesContext) {
    const row = await loaders(context).noticeByMunicipality.load(municipality.id);
    return row?.supportPhones || null;
  }

  @Mutation(() => Municipality, {
    description:
      '«Мои параметры»: порядок активации сертификата и телефоны поддержки, которые родитель видит после выдачи ' +
      'сертификата (пустые строки их удаляют)',
  })
  async setMunicipalCitizenNotice(
    @Arg('municipalityId', () => ID) municipalityId: string,
    @Arg('activationNotice') activationNotice: string,
    @Arg('supportPhones') supportPhones: string,
    @Ctx() context: CertificatesContext,
  ): Promise<Municipality> {
    const { identity } = context;
    if (!identity) throw forbidden();
    const id = await setCitizenNotice(context.dataSource, { ...context.caller, identity }, municipalityId, {
      activationNotice,
      supportPhones,
    });
    return Municipality.ref(id);
  }
}
