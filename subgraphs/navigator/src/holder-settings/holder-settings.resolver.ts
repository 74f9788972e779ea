import { Arg, Ctx, Int, Mutation, Query, Resolver } from 'type-graphql';
import { NavigatorContext } from '../context';
import { issueAttendanceCertificate, verifyAttendanceCertificate } from './attendance-certificate.service';
import { consentToPersonalDataRules, myHolderSettings, saveHolderSettings } from './holder-settings.service';
import {
  AttendanceCertificateIssue,
  AttendanceVerification,
  HolderSettings,
  HolderSettingsInput,
  NearbyProgram,
} from './holder-settings.type';
import { nearbyPrograms } from './nearby-programs';

@Resolver()
export class HolderSettingsResolver {
  @Query(() => HolderSettings, {
    description: '«НАСТРОЙКИ ПОЛЬЗОВАТЕЛЯ»: законный представитель, удобный адрес, согласие с правилами обработки ПД',
  })
  myHolderSettings(@Ctx() context: NavigatorContext): Promise<HolderSettings> {
    return myHolderSettings(context);
  }

  @Query(() => [NearbyProgram], {
    description:
      'Программы рядом с удобным адресом, ближайшие первыми. Нужны согласие с действующими правилами обработки ПД ' +
      '(иначе PERSONAL_DATA_CONSENT_REQUIRED) и удобный адрес с точкой (иначе CONVENIENT_ADDRESS_MISSING)',
  })
  nearbyPrograms(
    @Ctx() context: NavigatorContext,
    @Arg('first', () => Int, { defaultValue: 10 }) first: number,
  ): Promise<NearbyProgram[]> {
    return nearbyPrograms(context, first);
  }

  @Query(() => AttendanceVerification, {
    description: 'Публичная проверка «Справки о посещении кружков» по коду из её QR-кода',
  })
  verifyAttendanceCertificate(
    @Ctx() context: NavigatorContext,
    @Arg('code') code: string,
  ): Promise<AttendanceVerification> {
    return verifyAttendanceCertificate(context, code);
  }

  @Mutation(() => HolderSettings, { description: 'Сохранить законного представителя и удобный адрес (владелец)' })
  saveHolderSettings(
    @Ctx() context: NavigatorContext,
    @Arg('input', () => HolderSettingsInput) input: HolderSettingsInput,
  ): Promise<HolderSettings> {
    return saveHolderSettings(context, input);
  }

  @Mutation(() => HolderSettings, {
    description:
      'Отметка о согласии с правилами обработки персональных данных: редакция правил, которую владелец прочитал ' +
      '(не действующая — PERSONAL_DATA_RULES_OUTDATED)',
  })
  consentToPersonalDataRules(
    @Ctx() context: NavigatorContext,
    @Arg('version') version: string,
  ): Promise<HolderSettings> {
    return consentToPersonalDataRules(context, version);
  }

  @Mutation(() => AttendanceCertificateIssue, {
    description:
      '«Справка о посещении кружков»: новая справка о действующих зачислениях с QR-кодом проверки; прежние справки ' +
      'отзываются. Без зачислений — NO_CURRENT_ENROLLMENTS',
  })
  issueAttendanceCertificate(@Ctx() context: NavigatorContext): Promise<AttendanceCertificateIssue> {
    return issueAttendanceCertificate(context);
  }
}
