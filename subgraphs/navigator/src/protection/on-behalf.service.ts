import { domainError, ErrorCode, invalidFields, isUuid, verifyPassword } from '@pfdo/platform';
import { NavigatorContext } from '../context';
import { Contract } from '../contracts/contract.type';
import { fileEnrollmentRequest } from '../contracts/enrollment-request.service';
import { childNameMatches } from './child-name-check';
import { demandOf, findProtection, normalizedPhrase, ProtectionMode } from './protection-mode';
import { EnrollmentOnBehalfInput } from './protection.type';

const MAX_FULL_NAME = 400;

const groupNotFound = () => domainError(ErrorCode.NotFound, 'Группа программы не найдена');

/**
 * A provider's request on the holder's behalf (seed 002, «подача заявки по инициативе организации»): the
 * certificate's number, a group of the provider's own programs, and what the holder's protection mode demands.
 * «Запись запрещена» refuses; otherwise the child's full name (checked by the certificates subgraph, which keeps
 * it) or the code phrase (against its hash). Wrong names and phrases are counted per certificate and limited.
 * The checks come first, with no transaction open; the request is then filed on the normal path (reservation,
 * the provider's confirmation), in a transaction that refuses it if the holder changed his mode meanwhile.
 */
export async function createEnrollmentRequestOnBehalf(
  context: NavigatorContext,
  input: EnrollmentOnBehalfInput,
): Promise<Contract> {
  const organizationId = context.identity!.organizationId!;
  const number = (input.certificateNumber ?? '').trim();
  if (!/^\d{10}$/.test(number)) throw invalidFields({ certificateNumber: 'Номер сертификата — 10 цифр' });
  if (!isUuid(input.groupId)) throw groupNotFound();
  const [group]: unknown[] = await context.dataSource.query(
    `SELECT 1 FROM navigator.program_groups g JOIN navigator.programs p ON p.id = g.program_id
      WHERE g.id = $1 AND p.organization_id = $2`,
    [input.groupId, organizationId],
  );
  if (!group) throw groupNotFound();
  const [copy]: Array<{ certificate_id: string }> = await context.dataSource.query(
    `SELECT certificate_id FROM navigator.registered_certificates WHERE number = $1`,
    [number],
  );
  if (!copy) {
    throw domainError(ErrorCode.NotFound, 'Сертификат с таким номером не найден в навигаторе', {
      field: 'certificateNumber',
    });
  }
  const certificateId = copy.certificate_id;
  const protection = await findProtection(context.dataSource, certificateId);
  const demand = demandOf(protection.mode);
  if (demand === 'REFUSED') {
    throw domainError(
      ErrorCode.EnrollmentForbidden,
      'Владелец сертификата установил защиту «Запись запрещена»: заявку можно подать только из личного кабинета сертификата',
    );
  }
  const given = demand === 'CODE_PHRASE' ? (input.codePhrase ?? '').trim() : (input.childFullName ?? '').trim();
  if (demand === 'CODE_PHRASE' && !given) {
    throw invalidFields({
      codePhrase: 'Укажите кодовую фразу: владелец сертификата выбрал «Подтверждение по кодовой фразе»',
    });
  }
  if (demand === 'FULL_NAME' && !given) throw invalidFields({ childFullName: 'Укажите ФИО ребёнка' });
  if (given.length > MAX_FULL_NAME) {
    throw invalidFields({ [demand === 'CODE_PHRASE' ? 'codePhrase' : 'childFullName']: 'Слишком длинное значение' });
  }

  const attempt = await context.protection!.attempts.begin(certificateId);
  let matches: boolean;
  try {
    matches =
      demand === 'CODE_PHRASE'
        ? await verifyPassword(normalizedPhrase(given), protection.codePhraseHash!)
        : await childNameMatches(context.protection!, certificateId, given);
  } catch (error) {
    await attempt.unchecked();
    throw error;
  }
  if (!matches) {
    await attempt.failed();
    throw demand === 'CODE_PHRASE'
      ? domainError(ErrorCode.CodePhraseMismatch, 'Кодовая фраза неверна: заявка не подана', { field: 'codePhrase' })
      : domainError(ErrorCode.ChildNameMismatch, 'ФИО ребёнка не совпадает с данными сертификата: заявка не подана', {
          field: 'childFullName',
        });
  }
  await attempt.succeeded();

  return fileEnrollmentRequest(context, {
    certificateId,
    groupId: input.groupId,
    organizationId,
    onBehalf: { organizationId, confirmedBy: protection.mode === ProtectionMode.NONE ? 'FULL_NAME' : protection.mode },
    guard: async (manager) => {
      const now = await findProtection(manager, certificateId);
      if (now.mode !== protection.mode || now.codePhraseHash !== protection.codePhraseHash) {
        throw domainError(
          ErrorCode.ProtectionChanged,
          'Владелец сертификата только что изменил способ защиты: проверьте данные и подайте заявку ещё раз',
        );
      }
    },
  });
}
