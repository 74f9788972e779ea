import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { CertificatePayment } from '../certificates/certificate-account.type';
import { NavigatorContext } from '../context';
import { Contract } from '../contracts/contract.type';
import { paymentLoaders, paymentOf } from './payment-loaders';
import { recordPaymentAdvance, recordPaymentSettlement } from './payment.service';

@Resolver(() => Contract)
export class ContractPaymentsResolver {
  @FieldResolver(() => [CertificatePayment], {
    description: 'Платежи по договору по месяцам: «Месяц», «Сумма по договору», «Аванс», «Расчет»',
  })
  async payments(@Root() contract: Contract, @Ctx() context: NavigatorContext): Promise<CertificatePayment[]> {
    return (await paymentLoaders(context).byContract.load(contract.id)).map(paymentOf);
  }

  @Mutation(() => Contract, { description: '«Аванс» за месяц по договору (поставщик), копейки' })
  recordPaymentAdvance(
    @Ctx() context: NavigatorContext,
    @Arg('contractId', () => ID) contractId: string,
    @Arg('month', { description: 'ГГГГ-ММ' }) month: string,
    @Arg('advanceKopecks', () => Int) advanceKopecks: number,
  ): Promise<Contract> {
    return recordPaymentAdvance(context, contractId, month, advanceKopecks);
  }

  @Mutation(() => Contract, { description: '«Расчет» за месяц по договору (поставщик), копейки: закрывает месяц' })
  recordPaymentSettlement(
    @Ctx() context: NavigatorContext,
    @Arg('contractId', () => ID) contractId: string,
    @Arg('month', { description: 'ГГГГ-ММ' }) month: string,
    @Arg('settlementKopecks', () => Int) settlementKopecks: number,
  ): Promise<Contract> {
    return recordPaymentSettlement(context, contractId, month, settlementKopecks);
  }
}
