import { FieldResolver, Resolver, Root } from 'type-graphql';
import { isUuid } from '@pfdo/platform';
import { NavigatorContext } from '../context';
import { Certificate, CertificateAccount } from './certificate-account.type';

/**
 * The navigator's side of a certificate. Contracts, enrollment requests, payments and the group settings
 * that give a nominal are not built yet (the navigator's own issue): until they are, every figure is 0
 * and the lists are empty, read from nothing and invented by nothing. What the navigator does know is
 * whether the registry handed the certificate over, and for which municipality.
 */
@Resolver(() => Certificate)
export class CertificateAccountResolver {
  @FieldResolver(() => CertificateAccount, { description: 'Номинал, резерв, остаток, договоры и платежи (ПФДО)' })
  account(@Root() certificate: Certificate): CertificateAccount {
    return Object.assign(new CertificateAccount(), {
      registered: certificate.municipalityId !== null,
      nominalKopecks: 0,
      reservedKopecks: 0,
      balanceKopecks: 0,
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
