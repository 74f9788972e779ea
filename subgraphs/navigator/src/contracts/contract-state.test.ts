import { allowedActions, ContractAction, ContractStatus, ContractTab, nextStatus, tabOf } from './contract-state';

describe('the contract’s status machine', () => {
  it.each([
    [
      ContractStatus.PENDING,
      [ContractAction.CONFIRM, ContractAction.REFUSE, ContractAction.CANCEL],
      ContractTab.PENDING,
    ],
    [ContractStatus.CONFIRMED, [ContractAction.CANCEL], ContractTab.CONFIRMED],
    [ContractStatus.ACTIVE, [], ContractTab.ACTIVE],
    [ContractStatus.REFUSED, [], ContractTab.ARCHIVE],
    [ContractStatus.CANCELLED, [], ContractTab.ARCHIVE],
    [ContractStatus.ENDED, [], ContractTab.ARCHIVE],
    [ContractStatus.TERMINATED, [], ContractTab.ARCHIVE],
  ])('%s allows %j and is listed under %s', (status, actions, tab) => {
    expect(allowedActions(status)).toEqual(actions);
    expect(tabOf(status)).toBe(tab);
  });

  it('moves a confirmed request to CONFIRMED, a refused one to REFUSED, a cancelled one to CANCELLED', () => {
    expect(nextStatus(ContractAction.CONFIRM)).toBe(ContractStatus.CONFIRMED);
    expect(nextStatus(ContractAction.REFUSE)).toBe(ContractStatus.REFUSED);
    expect(nextStatus(ContractAction.CANCEL)).toBe(ContractStatus.CANCELLED);
  });
});
