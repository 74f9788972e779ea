import { unsubscribeToken, verifyUnsubscribeToken } from './unsubscribe-token';

const SECRET = 's'.repeat(32);
const USER = '11111111-2222-3333-4444-555555555555';
const OTHER_USER = '99999999-2222-3333-4444-555555555555';

describe('the unsubscribe token', () => {
  it('names the user and the optional kind it was made for', () => {
    const token = unsubscribeToken(SECRET, USER, 'DOCUMENTS_RECEIVED');
    expect(verifyUnsubscribeToken(SECRET, token)).toEqual({ userId: USER, kind: 'DOCUMENTS_RECEIVED' });
  });

  it('cannot be moved to another user or kind, nor made without the secret', () => {
    const token = unsubscribeToken(SECRET, USER, 'DOCUMENTS_RECEIVED');
    const signature = token.split('.')[3];
    expect(verifyUnsubscribeToken(SECRET, `v1.${OTHER_USER}.DOCUMENTS_RECEIVED.${signature}`)).toBeNull();
    expect(verifyUnsubscribeToken(SECRET, `v1.${USER}.GROUP_CHANGED.${signature}`)).toBeNull();
    expect(verifyUnsubscribeToken('t'.repeat(32), token)).toBeNull();
    expect(verifyUnsubscribeToken(SECRET, unsubscribeToken('t'.repeat(32), USER, 'DOCUMENTS_RECEIVED'))).toBeNull();
  });

  it('never turns off a mandatory kind, even signed', () => {
    expect(verifyUnsubscribeToken(SECRET, unsubscribeToken(SECRET, USER, 'CERTIFICATE_ACTIVATED'))).toBeNull();
  });

  it.each(['', 'v1', `v1.${USER}.DOCUMENTS_RECEIVED`, `v2.${USER}.DOCUMENTS_RECEIVED.abc`, 'x'.repeat(500)])(
    'refuses a malformed token %#',
    (token) => {
      expect(verifyUnsubscribeToken(SECRET, token)).toBeNull();
    },
  );
});
