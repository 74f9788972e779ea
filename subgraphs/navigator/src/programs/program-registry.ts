import { registerEnumType } from 'type-graphql';

/** The four program registries of the navigator (docs/domain.md §2). */
export enum ProgramRegistry {
  CERTIFIED = 'CERTIFIED',
  SIGNIFICANT = 'SIGNIFICANT',
  PAID = 'PAID',
  GENERAL = 'GENERAL',
}

registerEnumType(ProgramRegistry, {
  name: 'ProgramRegistry',
  valuesConfig: {
    CERTIFIED: { description: 'Реестр сертифицированных программ' },
    SIGNIFICANT: { description: 'Реестр социально значимых программ' },
    PAID: { description: 'Реестр платных программ' },
    GENERAL: { description: 'Реестр общеразвивающих программ' },
  },
});
