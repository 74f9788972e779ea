import { isPermanentRefusal } from './events';

describe("a receiving subgraph's refusal of an event (docs/events.md, «Dead events»)", () => {
  it.each([400, 403, 404, 405, 409, 413, 415, 422])('HTTP %i refuses the event itself: it is dead', (status) => {
    expect(isPermanentRefusal(status)).toBe(true);
  });

  it.each([
    [401, 'the credential, e.g. a secret not yet the same on every service'],
    [408, 'a request timeout: later'],
    [429, 'too many: later'],
    [500, 'a fault of the receiver'],
    [502, 'a proxy in between'],
    [503, 'the receiver is unavailable'],
    [504, 'a gateway timeout'],
  ])('HTTP %i is retried (%s)', (status) => {
    expect(isPermanentRefusal(status)).toBe(false);
  });

  it.each([200, 204, 302])('HTTP %i is no refusal', (status) => {
    expect(isPermanentRefusal(status)).toBe(false);
  });
});
