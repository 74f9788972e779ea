import { Field, ID, Int, ObjectType } from 'type-graphql';
import { MunicipalRegulationEntity } from './regulation.entity';

/** Where the current version of a municipality's regulation is opened (the gateway and the web serve it). */
export const regulationDownloadUrl = (municipalityId: string) =>
  `/documents/municipalities/${municipalityId}/regulation.pdf`;

@ObjectType({ description: 'Версия «Положения о персонифицированном дополнительном образовании» муниципалитета' })
export class MunicipalRegulation {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Когда загружена' })
  uploadedAt: Date;

  @Field(() => Int, { description: 'Размер файла, байт' })
  sizeBytes: number;

  @Field({ description: 'Имя загруженного файла' })
  originalName: string;

  @Field({ description: 'Кто загрузил (ФИО оператора)' })
  uploadedByName: string;

  @Field({ description: 'Текущая версия: её открывают родители' })
  current: boolean;

  @Field({ description: 'Адрес текущей версии Положения муниципалитета (PDF)' })
  url: string;

  static from(entity: MunicipalRegulationEntity, current: boolean): MunicipalRegulation {
    return Object.assign(new MunicipalRegulation(), {
      id: entity.id,
      uploadedAt: entity.uploadedAt,
      sizeBytes: entity.sizeBytes,
      originalName: entity.originalName,
      uploadedByName: entity.uploadedByName,
      current,
      url: regulationDownloadUrl(entity.municipalityId),
    });
  }
}

@ObjectType({ description: 'Версии Положения, новые сначала' })
export class MunicipalRegulationVersionPage {
  @Field(() => [MunicipalRegulation])
  versions: MunicipalRegulation[];

  @Field(() => String, { nullable: true, description: 'Курсор следующей страницы; null на последней' })
  nextCursor: string | null;
}
