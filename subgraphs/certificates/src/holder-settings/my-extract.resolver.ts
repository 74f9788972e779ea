import { Arg, Ctx, Field, Mutation, ObjectType, Resolver } from 'type-graphql';
import { certificateHolderPasswordCheckRoute, ErrorCode } from '@pfdo/contracts';
import { CREDENTIAL_HEADER, domainError, forbidden, mintServiceCredential } from '@pfdo/platform';
import { issueExtractOf } from '../certificate-actions/certificate-extract.service';
import { CertificateEntity } from '../certificates/certificate.entity';
import { CertificatesContext } from '../context';

@ObjectType({ description: '«Выписка сертификата» владельца: новый пароль личного кабинета и выписка с ним' })
export class MyCertificateExtract {
  @Field({ description: 'Логин личного кабинета: номер сертификата' })
  login: string;

  @Field({ description: 'Новый пароль (сгенерирован). Показывается один раз и нигде не хранится' })
  password: string;

  @Field({ description: 'Имя файла выписки' })
  fileName: string;

  @Field({ description: 'Выписка (PDF) в base64' })
  pdfBase64: string;
}

/** The current password, checked by the organizations subgraph as a sign-in is; no transaction is open here. */
async function checkCurrentPassword(context: CertificatesContext, login: string, password: string): Promise<void> {
  if (!password) {
    throw domainError(ErrorCode.BadUserInput, 'Введите текущий пароль', {
      field: 'currentPassword',
      fields: { currentPassword: 'Введите текущий пароль' },
    });
  }
  const { config } = context.runtime;
  let response: Response;
  try {
    response = await fetch(
      new URL(certificateHolderPasswordCheckRoute.path(context.identity!.userId), config.organizationsUrl),
      {
        method: certificateHolderPasswordCheckRoute.method,
        headers: {
          'content-type': 'application/json',
          [CREDENTIAL_HEADER]: await mintServiceCredential('certificates', config.gatewaySecret),
        },
        body: JSON.stringify({ login, password, clientIp: context.caller.clientIp }),
        signal: AbortSignal.timeout(8000),
      },
    );
  } catch {
    throw domainError(ErrorCode.CertificateHolderUnavailable, 'Сервис учётных записей не отвечает: попробуйте ещё раз');
  }
  if (response.status === 204) return;
  const refusal = certificateHolderPasswordCheckRoute.refusal.safeParse(await response.json().catch(() => null));
  if (!refusal.success) {
    throw domainError(ErrorCode.CertificateHolderUnavailable, 'Сервис учётных записей не отвечает: попробуйте ещё раз');
  }
  const { code, message, retryAfterSeconds } = refusal.data.error;
  if (code === ErrorCode.InvalidCredentials) {
    throw domainError(code, 'Неверный текущий пароль', {
      field: 'currentPassword',
      fields: { currentPassword: 'Неверный текущий пароль' },
    });
  }
  throw domainError(code, message, retryAfterSeconds ? { retryAfterSeconds } : {});
}

/**
 * «НАСТРОЙКИ ПОЛЬЗОВАТЕЛЯ» → «Пароль» → a new «Выписка сертификата» (seed 002 §8), for the holder himself: the
 * registry's extract (issueCertificateExtract's steps) of his own certificate, with a generated password. The
 * current password is checked first (organizations, within the sign-in limits); then, as for the operator's extract,
 * only the new password's hash goes to the organizations subgraph, which ends every session of the cabinet (this one
 * too: the holder signs in again with the password from the extract); the extract is rendered and audited.
 */
@Resolver()
export class MyExtractResolver {
  @Mutation(() => MyCertificateExtract, {
    description:
      'Новая «Выписка сертификата» владельцем: текущий пароль; новый пароль генерируется, все сеансы кабинета ' +
      'закрываются. Неверный текущий пароль — INVALID_CREDENTIALS у поля currentPassword',
  })
  async issueMyCertificateExtract(
    @Arg('currentPassword') currentPassword: string,
    @Ctx() context: CertificatesContext,
  ): Promise<MyCertificateExtract> {
    const identity = context.identity;
    if (!identity || identity.role !== 'CERTIFICATE_HOLDER') throw forbidden();
    const certificate = await context.dataSource.manager.findOneBy(CertificateEntity, { id: identity.userId });
    if (!certificate) throw domainError(ErrorCode.NotFound, 'Сертификат не найден');
    await checkCurrentPassword(context, certificate.number, currentPassword);
    const issued = await issueExtractOf(context, certificate, {});
    return Object.assign(new MyCertificateExtract(), {
      login: certificate.number,
      password: issued.password,
      fileName: `vypiska-${certificate.number}.pdf`,
      pdfBase64: issued.pdf.toString('base64'),
    });
  }
}
