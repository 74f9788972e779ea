import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity({ name: 'municipalities' })
export class MunicipalityEntity {
  @PrimaryColumn('uuid')
  id: string;

  @Column('text')
  name: string;

  /** The name as it reads after «проживающие на территории …», e.g. «Новокузнецкого городского округа». */
  @Column('text', { name: 'territory_name' })
  territoryName: string;
}
