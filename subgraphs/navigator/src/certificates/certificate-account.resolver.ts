import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import { isUuid } from '@pfdo/platform';
import { moneyOfCopy } from '../cabinet/cabinet.service';
import { NavigatorContext } from '../context';
import { NO_CONTRACTS } from '../contracts/contract-counts';
import { paymentLoaders, paymentOf } from '../payments/payment-loaders';
import { ProgramRegistry } from '../programs/program-registry';
import { Municipality } from '../references/references';
import { Certificate, CertificateAccount, ProgramAllowance } from './certificate-account.type';

/**
 * The navigator's side of a certificate. The counts of requests and contracts come from navigator.contracts
 * (contracts/contract-counts.ts); the payments are those of its contracts, month by month (payments/). The
 * nominal, reserve and balance are the holder's «КАБИНЕТ»'s (cabinet/certificate-money.ts), so the registry's
 * certificate page and the holder see the same figures; 0 while the certificate was not handed over, its group
 * has no setting, or the municipality's money limit is reached.
 */
@Resolver(() => Certificate)
export class CertificateAccountResolver {
  // The registry's municipality comes with the reference: the rule on `account` reads it (permissions.ts).
  @Directive('@requires(fields: "municipality { id }")')
  @FieldResolver(() => CertificateAccount, { description: 'Номинал, резерв, остаток, договоры и платежи (ПФДО)' })
  async account(@Root() certificate: Certificate, @Ctx() context: NavigatorContext): Promise<CertificateAccount> {
    const copy = await context.loaders.registeredCertificateById.load(certificate.id);
    const [ofCopy, counts, payments] = copy
      ? await Promise.all([
          moneyOfCopy(context, copy),
          context.loaders.contractCountsByCertificate.load(copy.certificateId),
          paymentLoaders(context).byCertificate.load(copy.certificateId),
        ])
      : [null, NO_CONTRACTS, []];
    const money = ofCopy?.money ?? null;
    const possibilities = ofCopy?.possibilities;
    const allowance = (registry: ProgramRegistry, count: number) =>
      Object.assign(new ProgramAllowance(), { registry, count });
    return Object.assign(new CertificateAccount(), {
      registered: copy !== null,
      nominalKopecks: money?.availableKopecks ?? 0,
      reservedKopecks: money?.reservedKopecks ?? 0,
      spentKopecks: money?.spentKopecks ?? 0,
      balanceKopecks: money?.balanceKopecks ?? 0,
      ...counts,
      availablePrograms: possibilities
        ? [
            allowance(ProgramRegistry.SIGNIFICANT, possibilities.significantPrograms),
            allowance(ProgramRegistry.GENERAL, possibilities.generalPrograms),
          ]
        : [],
      payments: payments.map(paymentOf),
    });
  }
}

/** A certificate by key, with the registry's municipality when the reference brings it (`@requires`). */
export function findCertificate(reference: { id: string; municipality?: { id?: unknown } | null }): Certificate | null {
  if (!isUuid(reference.id)) return null;
  const municipalityId = reference.municipality?.id;
  return Object.assign(Certificate.ref(reference.id), {
    municipality: typeof municipalityId === 'string' ? Municipality.ref(municipalityId) : null,
  });
}
