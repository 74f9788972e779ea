import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { Child } from '../children/child.type';
import { CertificatesContext } from '../context';
import { certificateRegister, findCertificateInScope, MAX_CERTIFICATE_PAGE } from './certificate-register.service';
import { CertificateRegisterPage, CertificateRegisterTab, CertificateSearchInput } from './certificate-register.types';
import { CERTIFICATE_TYPE_NAMES } from './certificate-type';
import { Certificate } from './certificate.type';

/** The certificate register and the certificate page of the registry cabinet (seed 001, «Сертификаты»). */
@Resolver(() => Certificate)
export class CertificateRegisterResolver {
  @Query(() => CertificateRegisterPage, {
    description:
      '«Сертификаты»: реестр сертификатов своего муниципалитета (региональному оператору — всего региона), по номеру',
  })
  async certificateRegister(
    @Ctx() context: CertificatesContext,
    @Arg('tab', () => CertificateRegisterTab, { defaultValue: CertificateRegisterTab.FUNDED })
    tab: CertificateRegisterTab,
    @Arg('search', () => CertificateSearchInput, { nullable: true }) search: CertificateSearchInput | null,
    @Arg('first', () => Int, { defaultValue: 20, description: `Размер страницы, не более ${MAX_CERTIFICATE_PAGE}` })
    first: number,
    @Arg('after', () => String, { nullable: true, description: 'nextCursor предыдущей страницы' }) after: string | null,
  ): Promise<CertificateRegisterPage> {
    const page = await certificateRegister(context, tab, search ?? {}, first, after);
    return Object.assign(new CertificateRegisterPage(), {
      nextCursor: page.nextCursor,
      certificates: page.certificates.map((row) => Certificate.from(row)),
    });
  }

  @Query(() => Certificate, {
    nullable: true,
    description:
      'Сертификат по номеру, если он в муниципалитете оператора (для регионального оператора — в регионе); иначе null',
  })
  async certificate(@Arg('number') number: string, @Ctx() context: CertificatesContext): Promise<Certificate | null> {
    const row = await findCertificateInScope(context, number);
    return row && Certificate.from(row);
  }

  @FieldResolver(() => String, {
    description: '«Статус сертификата» по-русски: «Сертификат ПФ» или «Сертификат учета»',
  })
  certificateTypeName(@Root() certificate: Certificate): string {
    return CERTIFICATE_TYPE_NAMES[certificate.certificateType];
  }

  @FieldResolver(() => Child, { description: 'Ребёнок (персональные данные)' })
  async child(@Root() certificate: Certificate, @Ctx() context: CertificatesContext) {
    const row = await context.loaders.childById.load(certificate.childId);
    return (
      row &&
      Object.assign(Child.from(row, certificate.guardianUserIds), {
        relatedMunicipalityIds: [certificate.municipalityId, ...certificate.relatedMunicipalityIds],
      })
    );
  }
}
