import { GraphQLError } from 'graphql';
import { Identity, Role } from '@pfdo/platform';
import {
  actsInMunicipality,
  assertActsInMunicipality,
  assertMaySearchByDocument,
  seesDocumentNumbers,
} from './authorization';

const NOVOKUZNETSK = '00000000-0000-4000-8000-000000000001';
const KEMEROVO = '00000000-0000-4000-8000-000000000002';

function identity(role: Role, overrides: Partial<Identity> = {}): Identity {
  return {
    userId: '00000000-0000-4000-8000-0000000000aa',
    role,
    fullName: 'Тест',
    login: 'test@demo.ru',
    organizationId: null,
    municipalityId: NOVOKUZNETSK,
    canViewPersonalData: false,
    canConfirmApplications: false,
    ...overrides,
  };
}

function refusalOf(action: () => void): GraphQLError | null {
  try {
    action();
    return null;
  } catch (error) {
    return error as GraphQLError;
  }
}

describe('acting in a municipality (docs/domain.md §3)', () => {
  it.each<[Role, string | null, string | null, boolean]>([
    ['MUNICIPAL_OPERATOR', NOVOKUZNETSK, NOVOKUZNETSK, true],
    ['MUNICIPAL_OPERATOR', NOVOKUZNETSK, KEMEROVO, false],
    ['ORG_OPERATOR', NOVOKUZNETSK, NOVOKUZNETSK, true],
    ['ORG_OPERATOR', NOVOKUZNETSK, KEMEROVO, false],
    // An account with no municipality acts nowhere, even on a record that has none either.
    ['ORG_OPERATOR', null, null, false],
    ['MUNICIPAL_OPERATOR', NOVOKUZNETSK, null, false],
    ['REGIONAL_OPERATOR', null, KEMEROVO, true],
    ['REGIONAL_OPERATOR', null, NOVOKUZNETSK, true],
  ])('%s of %s in %s: %p', (role, own, target, allowed) => {
    expect(actsInMunicipality(identity(role, { municipalityId: own }), target)).toBe(allowed);
  });

  it('refuses another municipality before anything is written, naming the field, in Russian', () => {
    const refusal = refusalOf(() => assertActsInMunicipality(identity('ORG_OPERATOR'), KEMEROVO));
    expect(refusal).toBeInstanceOf(GraphQLError);
    expect(refusal?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'municipalityId' });
    expect(refusal?.message).toMatch(/своём муниципалитете/);
    expect(refusalOf(() => assertActsInMunicipality(identity('ORG_OPERATOR'), NOVOKUZNETSK))).toBeNull();
  });
});

describe("who sees documents' series and numbers in full", () => {
  it.each<[string, Identity | null, boolean]>([
    ['a reception organization without the personal-data right', identity('ORG_OPERATOR'), false],
    [
      'a reception organization with it',
      identity('ORG_OPERATOR', { canViewPersonalData: true, canConfirmApplications: true }),
      true,
    ],
    ['a municipal operator', identity('MUNICIPAL_OPERATOR'), true],
    ['the regional operator', identity('REGIONAL_OPERATOR', { municipalityId: null }), true],
    ['a citizen (own children only, as the shield lets through)', identity('CITIZEN'), true],
    ['no one signed in', null, false],
  ])('%s: %p', (_who, caller, sees) => {
    expect(seesDocumentNumbers(caller)).toBe(sees);
  });

  it('refuses a search by series or number to whoever may not see them', () => {
    const orgWithoutRight = identity('ORG_OPERATOR');
    for (const search of [{ documentSeries: 'I-ЛО' }, { documentNumber: '123456' }]) {
      const refusal = refusalOf(() => assertMaySearchByDocument(orgWithoutRight, search));
      expect(refusal?.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'search' });
    }
  });

  it('lets the same organization search by anything else, and blank document fields are no search', () => {
    const orgWithoutRight = identity('ORG_OPERATOR');
    expect(refusalOf(() => assertMaySearchByDocument(orgWithoutRight, {}))).toBeNull();
    expect(
      refusalOf(() => assertMaySearchByDocument(orgWithoutRight, { documentSeries: '  ', documentNumber: null })),
    ).toBeNull();
    expect(
      refusalOf(() => assertMaySearchByDocument(identity('MUNICIPAL_OPERATOR'), { documentNumber: '123456' })),
    ).toBeNull();
  });
});
