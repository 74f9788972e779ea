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

/** «Форма обучения» of a program. */
export enum FormOfStudy {
  FULL_TIME = 'FULL_TIME',
  PART_TIME = 'PART_TIME',
  EXTRAMURAL = 'EXTRAMURAL',
  DISTANCE = 'DISTANCE',
}

registerEnumType(FormOfStudy, {
  name: 'FormOfStudy',
  description: 'Форма обучения',
  valuesConfig: {
    FULL_TIME: { description: 'Очная' },
    PART_TIME: { description: 'Очно-заочная' },
    EXTRAMURAL: { description: 'Заочная' },
    DISTANCE: { description: 'Дистанционная' },
  },
});
