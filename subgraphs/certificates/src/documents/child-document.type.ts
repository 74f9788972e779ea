import { Field, ID, ObjectType } from 'type-graphql';
import type { Identity } from '@pfdo/platform';
import { seesDocumentNumbers } from '../authorization';
import { ChildDocumentEntity } from './child-document.entity';
import { DOCUMENT_TYPE_NAMES, DocumentType } from './document-type';

@ObjectType({ description: 'Документ, удостоверяющий личность ребёнка (персональные данные)' })
export class ChildDocument {
  @Field(() => ID)
  id: string;

  @Field(() => DocumentType)
  type: DocumentType;

  @Field({ description: 'Тип документа по-русски, например «Свидетельство о рождении»' })
  typeName: string;

  @Field({
    description: 'Серия; для организации без права на персональные данные скрыта (***), если документ внесён не ею',
  })
  series: string;

  @Field({ description: 'Номер; скрыт так же, как серия' })
  number: string;

  @Field({ description: 'Дата выдачи, YYYY-MM-DD' })
  issueDate: string;

  @Field({ description: 'Место выдачи' })
  issuedBy: string;

  @Field()
  comment: string;

  @Field({ description: 'Загружен ли скан документа' })
  hasScan: boolean;

  @Field()
  createdAt: Date;

  childId: string;
  municipalityId: string;
  createdByOrganizationId: string | null;
  /** Who may read it as a guardian of the child; set by whoever reached the document. */
  guardianUserIds: string[] = [];
  /** Other municipalities whose operators reach it, e.g. through a change-of-municipality application. */
  relatedMunicipalityIds: string[] = [];

  static from(entity: ChildDocumentEntity, municipalityId: string, guardianUserIds: string[] = []): ChildDocument {
    return Object.assign(new ChildDocument(), {
      id: entity.id,
      type: entity.type,
      typeName: DOCUMENT_TYPE_NAMES[entity.type],
      series: entity.series,
      number: entity.number,
      issueDate: entity.issueDate,
      issuedBy: entity.issuedBy,
      comment: entity.comment,
      hasScan: entity.scanId !== null,
      createdAt: entity.createdAt,
      childId: entity.childId,
      municipalityId,
      createdByOrganizationId: entity.createdByOrganizationId,
      guardianUserIds,
    });
  }
}

/** A document's series or number with every letter and digit hidden. */
export const maskDocumentNumber = (value: string) => value.replace(/[0-9A-Za-zА-ЯЁа-яё]/g, '*');

/**
 * A reception organization without the right to view personal data sees the series and number of only
 * the documents it entered itself (docs/domain.md §3); everyone else the shield lets through sees them whole.
 */
export function documentNumberFor(document: ChildDocument, value: string, identity: Identity | null): string {
  const masked =
    !!identity && !seesDocumentNumbers(identity) && document.createdByOrganizationId !== identity.organizationId;
  return masked ? maskDocumentNumber(value) : value;
}
