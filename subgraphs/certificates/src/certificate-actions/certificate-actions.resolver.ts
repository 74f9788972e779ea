import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { byKeyLoader, perRequest } from '@pfdo/platform';
import { sendCertificateToNavigator } from '../applications/navigator-handoff.service';
import { CertificateEntity } from '../certificates/certificate.entity';
import { Certificate } from '../certificates/certificate.type';
import { Child } from '../children/child.type';
import { CertificatesContext } from '../context';
import { allowedCertificateActions } from './certificate-actions';
import { certificateByNumber, freezeCertificate, withdrawCertificateConsent } from './certificate-actions.service';
import {
  CertificateAtHand,
  CertificateExtract,
  NavigatorResendOutcome,
  NotSentCertificatesPage,
} from './certificate-actions.types';
import { issueCertificateExtract, maskEmail, representativeEmails } from './certificate-extract.service';
import { notSentCertificates, resendNotSentCertificates } from './not-sent.service';

/** The certificate with its child (one loader batch for a whole page) and what the caller may do with it. */
async function atHand(context: CertificatesContext, certificate: CertificateEntity): Promise<CertificateAtHand> {
  const child = await context.loaders.childById.load(certificate.childId);
  if (!child) throw new Error(`certificate ${certificate.id} has no child`);
  return Object.assign(new CertificateAtHand(), {
    certificate: Certificate.from(certificate),
    // Read through the certificate: its municipality's operators read the child, wherever he lives now.
    child: Object.assign(Child.from(child), { relatedMunicipalityIds: [certificate.municipalityId] }),
    allowedActions: allowedCertificateActions(context.identity, certificate),
  });
}

/** This module's per-request loader of the representatives' e-mails, kept beside the request's context. */
const emailLoader = perRequest((context: CertificatesContext) =>
  byKeyLoader(
    async (ids: readonly string[]) =>
      [...(await representativeEmails(context.dataSource.manager, ids))].map(([certificateId, email]) => ({
        certificateId,
        email,
      })),
    (row) => row.certificateId,
  ),
);

@Resolver(() => CertificateAtHand)
export class CertificateAtHandResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Подтверждённая почта представителя, на которую можно отправить выписку, частично скрытая ' +
      '(i*****@mail.ru); null — в заявлениях по сертификату её нет',
  })
  async representativeEmailMasked(@Root() atHand: CertificateAtHand, @Ctx() context: CertificatesContext) {
    const row = await emailLoader(context).load(atHand.certificate.id);
    return row ? maskEmail(row.email) : null;
  }
}

@Resolver()
export class CertificateActionsResolver {
  @Query(() => CertificateAtHand, {
    nullable: true,
    description:
      'Сертификат по номеру для страниц «Заморозить», «Отозвать согласие», «Сформировать новую выписку», ' +
      'если он в муниципалитете вызывающего (региональному оператору — в регионе); иначе null',
  })
  async certificateAtHand(@Arg('number') number: string, @Ctx() context: CertificatesContext) {
    const certificate = await certificateByNumber(context, number);
    return certificate && atHand(context, certificate);
  }

  @Query(() => NotSentCertificatesPage, {
    description:
      'Региональный оператор: сертификаты, которые не дошли до навигатора (передача не удалась или не делалась)',
  })
  async certificatesNotSentToNavigator(
    @Ctx() context: CertificatesContext,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Размер страницы, не более 100' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'nextCursor предыдущей страницы' }) after: string | null,
  ) {
    const page = await notSentCertificates(context, first, after);
    return Object.assign(new NotSentCertificatesPage(), {
      certificates: await Promise.all(page.certificates.map((certificate) => atHand(context, certificate))),
      nextCursor: page.nextCursor,
    });
  }

  @Mutation(() => CertificateAtHand, {
    description:
      '«Заморозить»: причина и подтверждение оснований обязательны; сохраняются IP-адрес, время и пользователь',
  })
  async freezeCertificate(
    @Arg('certificateId', () => ID) certificateId: string,
    @Arg('reason') reason: string,
    @Arg('confirmed', { description: '«Подтверждаю основания для заморозки сертификата»' }) confirmed: boolean,
    @Ctx() context: CertificatesContext,
  ) {
    return atHand(context, await freezeCertificate(context, certificateId, reason, confirmed));
  }

  @Mutation(() => CertificateAtHand, {
    description:
      '«Отозвать согласие»: только если по сертификату нет заявок на обучение, зачислений и активных договоров ' +
      '(иначе CONSENT_WITHDRAWAL_BLOCKED с тем, что мешает)',
  })
  async withdrawCertificateConsent(
    @Arg('certificateId', () => ID) certificateId: string,
    @Ctx() context: CertificatesContext,
  ) {
    return atHand(context, await withdrawCertificateConsent(context, certificateId));
  }

  @Mutation(() => CertificateExtract, {
    description:
      '«Сформировать новую выписку/Изменить пароль»: новый пароль кабинета (введённый дважды или, без него, ' +
      'сгенерированный); прежний пароль и сеансы кабинета перестают действовать сразу',
  })
  async issueCertificateExtract(
    @Arg('certificateId', () => ID) certificateId: string,
    @Arg('password', () => String, { nullable: true, description: 'Новый пароль; без него пароль генерируется' })
    password: string | null,
    @Arg('passwordRepeat', () => String, { nullable: true }) passwordRepeat: string | null,
    @Arg('sendByEmail', () => Boolean, {
      defaultValue: false,
      description:
        'Отправить выписку и на подтверждённую почту представителя (REPRESENTATIVE_EMAIL_MISSING, если её нет; ' +
        'тогда пароль не меняется)',
    })
    sendByEmail: boolean,
    @Ctx() context: CertificatesContext,
  ) {
    const issued = await issueCertificateExtract(context, certificateId, { password, passwordRepeat }, sendByEmail);
    return Object.assign(new CertificateExtract(), {
      certificate: Certificate.from(issued.certificate),
      login: issued.certificate.number,
      password: issued.password,
      fileName: `vypiska-${issued.certificate.number}.pdf`,
      pdfBase64: issued.pdf.toString('base64'),
      emailedTo: issued.emailedTo,
    });
  }

  @Mutation(() => CertificateAtHand, {
    description: '«Отправить в ПФДО» (региональный оператор): сертификат, не дошедший до навигатора',
  })
  async resendCertificateToNavigator(
    @Arg('certificateId', () => ID) certificateId: string,
    @Ctx() context: CertificatesContext,
  ) {
    return atHand(context, await sendCertificateToNavigator(context, certificateId));
  }

  @Mutation(() => NavigatorResendOutcome, {
    description:
      '«Отправить все» (региональный оператор): следующая партия не дошедших сертификатов (не более 25 за запрос); ' +
      'повторять с nextCursor, пока он не null',
  })
  async resendCertificatesToNavigator(
    @Arg('after', () => String, { nullable: true, description: 'nextCursor предыдущей партии' }) after: string | null,
    @Ctx() context: CertificatesContext,
  ) {
    return Object.assign(new NavigatorResendOutcome(), await resendNotSentCertificates(context, after));
  }
}
