import { Identity } from '@pfdo/platform';
import { CertificateStatus } from '../certificates/certificate-status';
import { allowedCertificateActions, CertificateAction, certificateStatusAfter } from './certificate-actions';
import { describeBlockers } from './certificate-actions.service';
import { maskEmail, passwordProblems } from './certificate-extract.service';

const NOVOKUZNETSK = '10000000-0000-4000-8000-000000000002';
const KEMEROVO = '10000000-0000-4000-8000-000000000001';

function identity(role: Identity['role'], rights: Partial<Identity> = {}): Identity {
  return {
    userId: '20000000-0000-4000-8000-000000000001',
    role,
    fullName: 'Тест',
    login: 'test',
    organizationId: null,
    municipalityId: role === 'REGIONAL_OPERATOR' ? null : NOVOKUZNETSK,
    canViewPersonalData: false,
    canConfirmApplications: false,
    ...rights,
  } as Identity;
}

describe('what may be done to a certificate', () => {
  const activated = { status: CertificateStatus.ACTIVATED, municipalityId: NOVOKUZNETSK };

  it('gives the registry operators every action on an activated certificate of their scope', () => {
    const all = [CertificateAction.FREEZE, CertificateAction.WITHDRAW_CONSENT, CertificateAction.NEW_EXTRACT];
    expect(allowedCertificateActions(identity('MUNICIPAL_OPERATOR'), activated)).toEqual(all);
    expect(allowedCertificateActions(identity('REGIONAL_OPERATOR'), activated)).toEqual(all);
    expect(
      allowedCertificateActions(identity('MUNICIPAL_OPERATOR'), { ...activated, municipalityId: KEMEROVO }),
    ).toEqual([]);
  });

  it('gives a reception organization the extract only, and only with both rights', () => {
    const both = identity('ORG_OPERATOR', { canViewPersonalData: true, canConfirmApplications: true });
    expect(allowedCertificateActions(both, activated)).toEqual([CertificateAction.NEW_EXTRACT]);
    expect(allowedCertificateActions(identity('ORG_OPERATOR', { canViewPersonalData: true }), activated)).toEqual([]);
    expect(allowedCertificateActions(identity('CITIZEN'), activated)).toEqual([]);
    expect(allowedCertificateActions(null, activated)).toEqual([]);
  });

  it('follows the status: a frozen or withdrawn certificate allows nothing, a new one only an extract', () => {
    const operator = identity('MUNICIPAL_OPERATOR');
    for (const status of [CertificateStatus.FROZEN, CertificateStatus.CONSENT_WITHDRAWN, CertificateStatus.ANNULLED]) {
      expect(allowedCertificateActions(operator, { ...activated, status })).toEqual([]);
    }
    expect(allowedCertificateActions(operator, { ...activated, status: CertificateStatus.NOT_ACTIVATED })).toEqual([
      CertificateAction.NEW_EXTRACT,
    ]);
    expect(certificateStatusAfter(CertificateStatus.ACTIVATED, CertificateAction.FREEZE)).toBe(
      CertificateStatus.FROZEN,
    );
    expect(() => certificateStatusAfter(CertificateStatus.FROZEN, CertificateAction.FREEZE)).toThrow(
      '«Заморозить» нельзя: сертификат заморожен',
    );
  });
});

describe('the refusal of a consent withdrawal', () => {
  it('names what blocks it, and nothing when nothing does', () => {
    expect(describeBlockers({ enrollmentRequests: 0, enrollments: 0, activeContracts: 0 })).toBeNull();
    expect(describeBlockers({ enrollmentRequests: 2, enrollments: 0, activeContracts: 1 })).toBe(
      'по сертификату есть заявки на обучение (2), активные договоры (1)',
    );
  });
});

describe('a typed cabinet password', () => {
  it.each([
    ['', 'x', { password: 'Введите новый пароль' }],
    ['abc12', 'abc12', { password: 'Пароль должен быть не короче 8 символов' }],
    ['abcdefgh', 'abcdefgh', { password: 'Пароль должен содержать и буквы, и цифры' }],
    ['abcd 1234', 'abcd 1234', { password: 'Пароль не должен содержать пробелов' }],
    ['Kuznetsk2026', 'Kuznetsk2025', { passwordRepeat: 'Пароли не совпадают: введите новый пароль ещё раз' }],
    ['Kuznetsk2026', 'Kuznetsk2026', {}],
    ['Кузнецк2026', 'Кузнецк2026', {}],
  ])('%j, repeated %j: %j', (password, repeat, expected) => {
    expect(passwordProblems(password, repeat)).toEqual(expected);
  });
});

describe('the representative’s e-mail as an operator sees it', () => {
  it.each([
    ['ivanova.anna@mail.ru', 'i********@mail.ru'],
    ['ab@ya.ru', 'a***@ya.ru'],
    ['x@ya.ru', 'x***@ya.ru'],
    ['no-at-sign', '***'],
  ])('%s → %s', (email, masked) => {
    expect(maskEmail(email)).toBe(masked);
  });
});
