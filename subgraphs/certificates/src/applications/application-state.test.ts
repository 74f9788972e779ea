import { GraphQLError } from 'graphql';
import { actionsAllowedInStatus, ApplicationAction, nextStatus } from './application-state';
import { ApplicationStatus } from './application-status';

const { CONFIRM_EMAIL, ISSUE_CERTIFICATE, RECEIVE_DOCUMENTS, CONFIRM_PERSONAL_DATA, REFUSE, EDIT, SEND_TO_NAVIGATOR } =
  ApplicationAction;
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
  [EMAIL_UNCONFIRMED, ISSUE_CERTIFICATE, 'ACTION_NOT_ALLOWED_IN_STATUS'],
  [EMAIL_UNCONFIRMED, SEND_TO_NAVIGATOR, EMAIL_UNCONFIRMED],
  [SUBMITTED, CONFIRM_EMAIL, 'ACTION_NOT_ALLOWED_IN_STATUS'],
  [SUBMITTED, RECEIVE_DOCUMENTS, DOCUMENTS_RECEIVED],
  [SUBMITTED, CONFIRM_PERSONAL_DATA, CONFIRMED],
  [SUBMITTED, REFUSE, REFUSED],
  [SUBMITTED, EDIT, SUBMITTED],
  [SUBMITTED, ISSUE_CERTIFICATE, SUBMITTED],
  [SUBMITTED, SEND_TO_NAVIGATOR, SUBMITTED],
  [DOCUMENTS_RECEIVED, CONFIRM_EMAIL, 'ACTION_NOT_ALLOWED_IN_STATUS'],
  [DOCUMENTS_RECEIVED, RECEIVE_DOCUMENTS, 'ACTION_NOT_ALLOWED_IN_STATUS'],
  [DOCUMENTS_RECEIVED, CONFIRM_PERSONAL_DATA, CONFIRMED],
  [DOCUMENTS_RECEIVED, REFUSE, REFUSED],
  [DOCUMENTS_RECEIVED, EDIT, DOCUMENTS_RECEIVED],
  [DOCUMENTS_RECEIVED, ISSUE_CERTIFICATE, DOCUMENTS_RECEIVED],
  [DOCUMENTS_RECEIVED, SEND_TO_NAVIGATOR, DOCUMENTS_RECEIVED],
  [CONFIRMED, CONFIRM_EMAIL, 'APPLICATION_ALREADY_PROCESSED'],
  [CONFIRMED, RECEIVE_DOCUMENTS, 'APPLICATION_ALREADY_PROCESSED'],
  [CONFIRMED, CONFIRM_PERSONAL_DATA, 'APPLICATION_ALREADY_PROCESSED'],
  [CONFIRMED, REFUSE, 'APPLICATION_ALREADY_PROCESSED'],
  [CONFIRMED, EDIT, 'APPLICATION_ALREADY_PROCESSED'],
  [CONFIRMED, ISSUE_CERTIFICATE, CONFIRMED],
  [CONFIRMED, SEND_TO_NAVIGATOR, CONFIRMED],
  [REFUSED, CONFIRM_EMAIL, 'APPLICATION_ALREADY_PROCESSED'],
  [REFUSED, RECEIVE_DOCUMENTS, 'APPLICATION_ALREADY_PROCESSED'],
  [REFUSED, CONFIRM_PERSONAL_DATA, 'APPLICATION_ALREADY_PROCESSED'],
  [REFUSED, REFUSE, 'APPLICATION_ALREADY_PROCESSED'],
  [REFUSED, EDIT, 'APPLICATION_ALREADY_PROCESSED'],
  [REFUSED, ISSUE_CERTIFICATE, 'APPLICATION_ALREADY_PROCESSED'],
  [REFUSED, SEND_TO_NAVIGATOR, REFUSED],
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
      expect(actionsAllowedInStatus(status).sort()).toEqual(allowed.sort());
    }
  });

  it('says in Russian why a processed application cannot change', () => {
    expect(() => nextStatus(REFUSED, CONFIRM_PERSONAL_DATA)).toThrow('Заявка уже обработана: отказано');
  });
});
