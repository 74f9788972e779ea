import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { isUuid } from '@pfdo/platform';
import { moneyOfCopy } from '../cabinet/cabinet.service';
import { NavigatorContext } from '../context';
import { Certificate, CertificateAccount } from './certificate-account.type';

/**
 * The navigator's side of a certificate. Contracts, enrollment requests and payments are not built yet: until
 * they are, their figures are 0 and the lists empty, read from nothing and invented by nothing. The nominal,
 * reserve and balance are the holder's «КАБИНЕТ»'s (cabinet/certificate-money.ts), so the registry's certificate
 * page and the holder see the same figures; 0 while the certificate was not handed over, its group has no
 * setting, or the municipality's money limit is reached.
 */
@Resolver(() => Certificate)
export class CertificateAccountResolver {
  @FieldResolver(() => CertificateAccount, { description: 'Номинал, резерв, остаток, договоры и платежи (ПФДО)' })
  async account(@Root() certificate: Certificate, @Ctx() context: NavigatorContext): Promise<CertificateAccount> {
    const copy = await context.loaders.registeredCertificateById.load(certificate.id);
    const money = copy ? (await moneyOfCopy(context, copy))?.money : null;
    return Object.assign(new CertificateAccount(), {
      registered: certificate.municipalityId !== null,
      nominalKopecks: money?.availableKopecks ?? 0,
      reservedKopecks: money?.reservedKopecks ?? 0,
      balanceKopecks: money?.balanceKopecks ?? 0,
      fundedContracts: 0,
      activeContracts: 0,
      enrollmentRequests: 0,
      confirmedContracts: 0,
      refusedContracts: 0,
      endedContracts: 0,
      budgetEnrollments: 0,
      budgetRequests: 0,
      availablePrograms: [],
      payments: [],
    });
  }
}

/** A certificate by key with the navigator's copy of its municipality: one query per batch of references. */
export async function findCertificate(context: NavigatorContext, id: string): Promise<Certificate | null> {
  if (!isUuid(id)) return null;
  const registered = await context.loaders.registeredCertificateById.load(id);
  return Object.assign(Certificate.ref(id), { municipalityId: registered?.municipalityId ?? null });
}
