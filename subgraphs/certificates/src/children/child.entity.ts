import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A child as the school records know it (the citizen portal's «Дети»). Personal data. */
@Entity({ name: 'children' })
export class ChildEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  surname: string;

  @Column('text')
  name: string;

  @Column('text', { default: '' })
  patronymic: string;

  @Column('date', { name: 'birth_date' })
  birthDate: string;

  @Column('uuid', { name: 'municipality_id' })
  municipalityId: string;
}

export type GuardianRelation = 'PARENT' | 'SELF';

/** Who may act for a child in the citizen portal: a parent, or the child himself from 14. */
@Entity({ name: 'child_guardians' })
export class ChildGuardianEntity {
  @PrimaryColumn('uuid', { name: 'child_id' })
  childId: string;

  @PrimaryColumn('uuid', { name: 'user_id' })
  userId: string;

  @Column('text')
  relation: GuardianRelation;
}
