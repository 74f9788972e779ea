import { GraphQLError } from 'graphql';
import { allowedActions, ApplicationAction, nextStatus } from './application-state';
import { ApplicationStatus } from './application-status';

const { CONFIRM_EMAIL, RECEIVE_DOCUMENTS, CONFIRM_PERSONAL_DATA, REFUSE, EDIT } = ApplicationAction;
const { EMAIL_UNCONFIRMED, SUBMITTED, DOCUMENTS_RECEIVED, CONFIRMED, REFUSED } = ApplicationStatus;

/** Every status × every action: the status that follows, or the code of the refusal. */
const isStatus = (value: string): value is ApplicationStatus =>
  Object.values(ApplicationStatus).includes(value as ApplicationStatus);

const TABLE: Array<[ApplicationStatus, ApplicationAction, ApplicationStatus | string]> = [
  [EMAIL_UNCONFIRMED, CONFIRM_EMAIL, SUBMITTED],
  [EMAIL_UNCONFIRMED, RECEIVE_DOCUMENTS, 'ACTION_NOT_ALLOWED_IN_STATUS'],
  [EMAIL_UNCONFIRMED, CONFIRM_PERSONAL_DATA, 'ACTION_NOT_ALLOWED_IN_STATUS'],
  [EMAIL_UNCONFIRMED, REFUSE, REFUSED],
  [EMAIL_UNCONFIRMED, EDIT, 'ACTION_NOT_ALLOWED_IN_STATUS'],
  [SUBMITTED, CONFIRM_EMAIL, 'ACTION_NOT_ALLOWED_IN_STATUS'],
  [SUBMITTED, RECEIVE_DOCUMENTS, DOCUMENTS_RECEIVED],
  [SUBMITTED, CONFIRM_PERSONAL_DATA, CONFIRMED],
  [SUBMITTED, REFUSE, REFUSED],
  [SUBMITTED, EDIT, SUBMITTED],
  [DOCUMENTS_RECEIVED, CONFIRM_EMAIL, 'ACTION_NOT_ALLOWED_IN_STATUS'],
  [DOCUMENTS_RECEIVED, RECEIVE_DOCUMENTS, 'ACTION_NOT_ALLOWED_IN_STATUS'],
  [DOCUMENTS_RECEIVED, CONFIRM_PERSONAL_DATA, CONFIRMED],
  [DOCUMENTS_RECEIVED, REFUSE, REFUSED],
  [DOCUMENTS_RECEIVED, EDIT, DOCUMENTS_RECEIVED],
  [CONFIRMED, CONFIRM_EMAIL, 'APPLICATION_ALREADY_PROCESSED'],
  [CONFIRMED, RECEIVE_DOCUMENTS, 'APPLICATION_ALREADY_PROCESSED'],
  [CONFIRMED, CONFIRM_PERSONAL_DATA, 'APPLICATION_ALREADY_PROCESSED'],
  [CONFIRMED, REFUSE, 'APPLICATION_ALREADY_PROCESSED'],
  [CONFIRMED, EDIT, 'APPLICATION_ALREADY_PROCESSED'],
  [REFUSED, CONFIRM_EMAIL, 'APPLICATION_ALREADY_PROCESSED'],
  [REFUSED, RECEIVE_DOCUMENTS, 'APPLICATION_ALREADY_PROCESSED'],
  [REFUSED, CONFIRM_PERSONAL_DATA, 'APPLICATION_ALREADY_PROCESSED'],
  [REFUSED, REFUSE, 'APPLICATION_ALREADY_PROCESSED'],
  [REFUSED, EDIT, 'APPLICATION_ALREADY_PROCESSED'],
];

describe('the application status machine', () => {
  it.each(TABLE)('%s + %s → %s', (status, action, expected) => {
    if (isStatus(expected)) {
      expect(nextStatus(status, action)).toBe(expected);
    } else {
      let refusal: unknown;
      try {
        nextStatus(status, action);
      } catch (error) {
        refusal = error;
      }
      expect(refusal).toBeInstanceOf(GraphQLError);
      expect((refusal as GraphQLError).extensions.code).toBe(expected);
    }
  });

  it('lists the allowed actions as the table has them', () => {
    for (const status of Object.values(ApplicationStatus)) {
      const allowed = TABLE.filter(([from, , to]) => from === status && isStatus(to)).map(([, action]) => action);
      expect(allowedActions(status).sort()).toEqual(allowed.sort());
    }
  });

  it('says in Russian why a processed application cannot change', () => {
    expect(() => nextStatus(REFUSED, CONFIRM_PERSONAL_DATA)).toThrow('Заявка уже обработана: отказано');
  });
});
