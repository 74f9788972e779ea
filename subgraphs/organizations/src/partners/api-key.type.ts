import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PartnerScope } from '@pfdo/contracts';
import { Municipality } from '../municipalities/municipality.type';
import { ApiKeyOperationEntity } from './api-key-operation.entity';
import { apiKeyStatusOf, ApiKeyStatus } from './api-key-state';
import { ApiKeyEntity } from './api-key.entity';

/** The scopes as GraphQL names them (an enum value cannot hold `:`); the key carries the names on the right. */
export enum ApiKeyScope {
  CATALOGUE_READ = 'catalogue:read',
  CERTIFICATES_READ = 'certificates:read',
  APPLICATIONS_READ = 'applications:read',
  APPLICATIONS_WRITE = 'applications:write',
  CONTRACTS_READ = 'contracts:read',
}

registerEnumType(ApiKeyScope, {
  name: 'ApiKeyScope',
  description: 'Права ключа API',
  valuesConfig: {
    CATALOGUE_READ: { description: 'catalogue:read — каталог программ, поставщиков, муниципалитетов' },
    CERTIFICATES_READ: { description: 'certificates:read — сертификаты одного муниципалитета' },
    APPLICATIONS_READ: { description: 'applications:read — заявки (система организации по приёму заявлений)' },
    APPLICATIONS_WRITE: { description: 'applications:write — создание заявок (система организации по приёму)' },
    CONTRACTS_READ: { description: 'contracts:read — договоры (учётная система поставщика)' },
  },
});

registerEnumType(ApiKeyStatus, {
  name: 'ApiKeyStatus',
  description: 'Состояние ключа API',
  valuesConfig: {
    ACTIVE: { description: 'Действует' },
    REPLACED: { description: 'Заменён: действует до конца периода замены' },
    REVOKED: { description: 'Отозван' },
    EXPIRED: { description: 'Срок действия истёк' },
  },
});

@ObjectType({ description: 'Ключ API внешней системы партнёра (сам ключ не хранится и не показывается)' })
export class ApiKey {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Название ключа' })
  name: string;

  @Field({ description: 'Организация-партнёр' })
  partnerName: string;

  @Field(() => [ApiKeyScope])
  scopes: ApiKeyScope[];

  municipalityId: string | null;

  organizationId: string | null;

  @Field({
    description: '«Только зарегистрированные операции»: ключ выполняет только зарегистрированные для него операции',
  })
  registeredOnly: boolean;

  @Field({ description: 'Начало ключа, по которому его можно узнать: pfdo_<префикс>_…' })
  prefix: string;

  @Field(() => ApiKeyStatus)
  status: ApiKeyStatus;

  @Field(() => Int, { description: 'Запросов в минуту' })
  requestsPerMinute: number;

  @Field(() => Int, { description: 'Стоимость запросов в минуту' })
  costPerMinute: number;

  @Field({ description: 'Действует до (с учётом замены)' })
  expiresAt: Date;

  @Field({ description: 'Выпущен' })
  createdAt: Date;

  @Field({ description: 'Кем выпущен' })
  createdByName: string;

  @Field(() => Date, { nullable: true, description: 'Отозван' })
  revokedAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'Ключ, который заменил этот' })
  replacedById: string | null;

  static from(entity: ApiKeyEntity, now = new Date()): ApiKey {
    return Object.assign(new ApiKey(), {
      id: entity.id,
      name: entity.name,
      partnerName: entity.partnerName,
      scopes: entity.scopes as PartnerScope[] as ApiKeyScope[],
      municipalityId: entity.municipalityId,
      organizationId: entity.organizationId,
      registeredOnly: entity.registeredOnly,
      prefix: `pfdo_${entity.prefix}`,
      status: apiKeyStatusOf(entity, now),
      requestsPerMinute: entity.requestsPerMinute,
      costPerMinute: entity.costPerMinute,
      expiresAt: entity.expiresAt,
      createdAt: entity.createdAt,
      createdByName: entity.createdByName,
      revokedAt: entity.revokedAt,
      replacedById: entity.replacedBy,
    });
  }
}

@InputType({ description: '«Выпустить ключ»: для какой системы, с какими правами, до какого дня' })
export class ApiKeyInput {
  @Field({ description: 'Название ключа, например «Электронная школа 2.0 — выгрузка каталога»' })
  name: string;

  @Field({ description: 'Организация-партнёр' })
  partnerName: string;

  @Field(() => [ApiKeyScope])
  scopes: ApiKeyScope[];

  @Field(() => ID, {
    nullable: true,
    description: 'Муниципалитет (обязателен для прав на сертификаты и заявки; муниципальному оператору — свой)',
  })
  municipalityId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Организация, от имени которой действует ключ: организация по приёму заявлений муниципалитета для прав на заявки, поставщик для права на договоры',
  })
  organizationId?: string | null;

  @Field({ description: 'Действует до (включительно), ГГГГ-ММ-ДД, не более двух лет' })
  expiresOn: string;

  @Field(() => Int, { nullable: true, description: 'Запросов в минуту (по умолчанию 120)' })
  requestsPerMinute?: number | null;

  @Field(() => Int, { nullable: true, description: 'Стоимость запросов в минуту (по умолчанию 20 000)' })
  costPerMinute?: number | null;
}

@ObjectType({ description: 'Выпущенный ключ: сам ключ показывается один раз' })
export class IssuedApiKey {
  @Field(() => ApiKey)
  apiKey: ApiKey;

  @Field({ description: 'Ключ целиком: показывается один раз и больше нигде не хранится' })
  secret: string;
}

@ObjectType({ description: 'Использование ключа за один день (по времени региона)' })
export class ApiKeyUsageDay {
  @Field({ description: 'День, ГГГГ-ММ-ДД' })
  day: string;

  @Field(() => Int, { description: 'Запросов' })
  requests: number;

  @Field(() => Int, { description: 'Из них отклонено (ошибка или превышение лимита)' })
  refused: number;

  @Field(() => Int, { description: 'Суммарная стоимость' })
  cost: number;
}

@ObjectType({ description: 'Зарегистрированная операция ключа: её текст и SHA-256 этого текста' })
export class ApiKeyOperation {
  @Field({ description: 'SHA-256 текста операции (шестнадцатеричный), как в extensions.persistedQuery.sha256Hash' })
  sha256: string;

  @Field({ description: 'Название' })
  name: string;

  @Field({ description: 'Текст операции GraphQL' })
  document: string;

  @Field({ description: 'Зарегистрирована' })
  createdAt: Date;

  @Field({ description: 'Кем зарегистрирована' })
  createdByName: string;

  static from(entity: ApiKeyOperationEntity): ApiKeyOperation {
    return Object.assign(new ApiKeyOperation(), {
      sha256: entity.sha256,
      name: entity.name,
      document: entity.document,
      createdAt: entity.createdAt,
      createdByName: entity.createdByName,
    });
  }
}

export { Municipality };
