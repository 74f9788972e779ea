import { InvalidCredentialError, mintCredential, verifyCredential } from './credential';
import { Caller } from './identity';

const SECRET = 'a-test-secret-that-is-long-enough-1234';

const caller: Caller = {
  identity: {
    userId: '30000000-0000-4000-8000-000000000005',
    role: 'MUNICIPAL_OPERATOR',
    fullName: 'Петрова Ольга Викторовна',
    login: 'operator@demo.ru',
    organizationId: '20000000-0000-4000-8000-000000000004',
    municipalityId: '10000000-0000-4000-8000-000000000002',
    canViewPersonalData: false,
    canConfirmApplications: false,
  },
  clientIp: '10.0.0.7',
  requestId: 'request-1',
  sessionId: 'session-1',
  service: null,
};

describe('the gateway credential', () => {
  it('carries the caller to the subgraph unchanged', async () => {
    expect(await verifyCredential(await mintCredential(caller, SECRET), SECRET)).toEqual(caller);
  });

  it('carries an anonymous caller as no identity', async () => {
    const anonymous = { ...caller, identity: null, sessionId: null };
    expect(await verifyCredential(await mintCredential(anonymous, SECRET), SECRET)).toEqual(anonymous);
  });

  it.each([
    ['another secret', async () => mintCredential(caller, `${SECRET}-other`)],
    ['an expired one', async () => mintCredential(caller, SECRET, -60)],
    ['garbage', async () => 'abc.def.ghi'],
  ])('refuses %s', async (_name, token) => {
    await expect(verifyCredential(await token(), SECRET)).rejects.toBeInstanceOf(InvalidCredentialError);
  });

  it('refuses a credential whose payload was altered after signing', async () => {
    const [header, payload, signature] = (await mintCredential(caller, SECRET)).split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, role: 'REGIONAL_OPERATOR' })).toString('base64url');
    await expect(verifyCredential(`${header}.${forged}.${signature}`, SECRET)).rejects.toBeInstanceOf(
      InvalidCredentialError,
    );
  });
});
