import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { NavigatorContext } from '../context';
import { Contract } from '../contracts/contract.type';
import { createEnrollmentRequestOnBehalf } from './on-behalf.service';
import { ProtectionMode } from './protection-mode';
import { myCertificateProtection, setCertificateProtection } from './protection.service';
import { CertificateProtection, EnrollmentOnBehalfInput } from './protection.type';

@Resolver()
export class ProtectionResolver {
  @Query(() => CertificateProtection, { description: '«НАСТРОЙКИ ПОЛЬЗОВАТЕЛЯ»: способ защиты своего сертификата' })
  myCertificateProtection(@Ctx() context: NavigatorContext): Promise<CertificateProtection> {
    return myCertificateProtection(context);
  }

  @Mutation(() => CertificateProtection, {
    description: 'Выбрать способ защиты сертификата (владелец); кодовая фраза хранится только в виде хеша',
  })
  setCertificateProtection(
    @Ctx() context: NavigatorContext,
    @Arg('mode', () => ProtectionMode) mode: ProtectionMode,
    @Arg('codePhrase', () => String, { nullable: true }) codePhrase: string | null,
  ): Promise<CertificateProtection> {
    return setCertificateProtection(context, mode, codePhrase);
  }

  @Mutation(() => Contract, {
    description: 'Заявка организации от имени владельца сертификата: номер сертификата и то, что требует защита',
  })
  createEnrollmentRequestOnBehalf(
    @Ctx() context: NavigatorContext,
    @Arg('input', () => EnrollmentOnBehalfInput) input: EnrollmentOnBehalfInput,
  ): Promise<Contract> {
    return createEnrollmentRequestOnBehalf(context, input);
  }
}
