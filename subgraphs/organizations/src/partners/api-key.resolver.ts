import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DataSource } from 'typeorm';
import { API_KEY_ENDED_HEADER, invalidFields } from '@pfdo/platform';
import { OrganizationsContext } from '../context';
import { Municipality } from '../municipalities/municipality.type';
import { Organization } from '../organizations/organization.type';
import { DEFAULT_OVERLAP_DAYS } from './api-key-checks';
import { ApiKeyOperations } from './api-key-operations';
import { MAX_USAGE_DAYS, usagePerDay } from './api-key-usage';
import { ApiKeyEntity } from './api-key.entity';
import { ApiKeyService, apiKeyNotFound, apiKeyScopeOf } from './api-key.service';
import { ApiKey, ApiKeyInput, ApiKeyOperation, ApiKeyUsageDay, IssuedApiKey } from './api-key.type';

/** The newest keys an operator sees in one list: far more than a region issues. */
const MAX_LISTED_KEYS = 500;

const service = (context: OrganizationsContext) =>
  new ApiKeyService(context.dataSource, context.caller, context.apiKeySecrets);

const operations = (context: OrganizationsContext) =>
  new ApiKeyOperations(context.dataSource, context.caller, service(context));

function listApiKeys(dataSource: DataSource, municipalityId: string | null): Promise<ApiKeyEntity[]> {
  return dataSource.getRepository(ApiKeyEntity).find({
    where: municipalityId ? { municipalityId } : {},
    order: { createdAt: 'DESC', id: 'ASC' },
    take: MAX_LISTED_KEYS,
  });
}

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Query(() => [ApiKey], {
    description:
      '«Ключи API» внешних систем: муниципальному оператору — своего муниципалитета, региональному — все; новые первыми',
  })
  async apiKeys(@Ctx() context: OrganizationsContext): Promise<ApiKey[]> {
    const { municipalityId } = apiKeyScopeOf(context.identity);
    const now = new Date();
    return (await listApiKeys(context.dataSource, municipalityId)).map((key) => ApiKey.from(key, now));
  }

  @Query(() => ApiKey, { nullable: true, description: 'Ключ API, если он в ведении оператора' })
  async apiKey(@Arg('id', () => ID) id: string, @Ctx() context: OrganizationsContext): Promise<ApiKey | null> {
    const key = await service(context).find(id);
    return key && ApiKey.from(key);
  }

  @Query(() => [ApiKeyUsageDay], { description: 'Использование ключа по дням (время региона), новые дни первыми' })
  async apiKeyUsage(
    @Arg('id', () => ID) id: string,
    @Arg('days', () => Int, { defaultValue: 30, description: `За сколько дней, не более ${MAX_USAGE_DAYS}` })
    days: number,
    @Ctx() context: OrganizationsContext,
  ): Promise<ApiKeyUsageDay[]> {
    if (!Number.isInteger(days) || days < 1 || days > MAX_USAGE_DAYS) {
      throw invalidFields({ days: `Период: от 1 до ${MAX_USAGE_DAYS} дней` });
    }
    const key = await service(context).find(id);
    if (!key) throw apiKeyNotFound();
    return usagePerDay(context.dataSource, key.id, days);
  }

  @Mutation(() => IssuedApiKey, { description: '«Выпустить ключ»: сам ключ показывается один раз' })
  async issueApiKey(
    @Arg('input', () => ApiKeyInput) input: ApiKeyInput,
    @Ctx() context: OrganizationsContext,
  ): Promise<IssuedApiKey> {
    const { key, secret } = await service(context).issue(input);
    return { apiKey: ApiKey.from(key), secret };
  }

  @Mutation(() => ApiKey, { description: '«Отозвать»: ключ перестаёт действовать сразу' })
  async revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() context: OrganizationsContext): Promise<ApiKey> {
    const revoked = await service(context).revoke(id);
    context.response.setHeader(API_KEY_ENDED_HEADER, revoked.id);
    return ApiKey.from(revoked);
  }

  @Mutation(() => IssuedApiKey, {
    description: '«Заменить ключ»: новый ключ с теми же правами; старый действует ещё overlapDays дней',
  })
  async rotateApiKey(
    @Arg('id', () => ID) id: string,
    @Arg('overlapDays', () => Int, {
      defaultValue: DEFAULT_OVERLAP_DAYS,
      description: 'Период замены, от 0 до 30 дней',
    })
    overlapDays: number,
    @Ctx() context: OrganizationsContext,
  ): Promise<IssuedApiKey> {
    const { key, secret } = await service(context).rotate(id, overlapDays);
    // The old key's end moved (to now, without overlap): this gateway looks it up afresh.
    context.response.setHeader(API_KEY_ENDED_HEADER, id);
    return { apiKey: ApiKey.from(key), secret };
  }

  @Mutation(() => ApiKey, {
    description:
      '«Только зарегистрированные операции»: включено — шлюз выполняет для ключа только зарегистрированные операции',
  })
  async setApiKeyRegisteredOnly(
    @Arg('id', () => ID) id: string,
    @Arg('registeredOnly') registeredOnly: boolean,
    @Ctx() context: OrganizationsContext,
  ): Promise<ApiKey> {
    const key = await operations(context).setRegisteredOnly(id, registeredOnly);
    // This gateway re-reads the key at once (others at the row trigger's notice).
    context.response.setHeader(API_KEY_ENDED_HEADER, key.id);
    return ApiKey.from(key);
  }

  @Mutation(() => ApiKeyOperation, {
    description: '«Зарегистрировать операцию»: её SHA-256 считается по тексту; повторная регистрация ничего не меняет',
  })
  async registerApiKeyOperation(
    @Arg('keyId', () => ID) keyId: string,
    @Arg('name') name: string,
    @Arg('document') document: string,
    @Ctx() context: OrganizationsContext,
  ): Promise<ApiKeyOperation> {
    return ApiKeyOperation.from(await operations(context).register(keyId, name, document));
  }

  @Mutation(() => Boolean, { description: '«Удалить операцию»: шлюз перестаёт её принимать сразу' })
  removeApiKeyOperation(
    @Arg('keyId', () => ID) keyId: string,
    @Arg('sha256') sha256: string,
    @Ctx() context: OrganizationsContext,
  ): Promise<boolean> {
    return operations(context).remove(keyId, sha256);
  }

  @FieldResolver(() => [ApiKeyOperation], { description: 'Зарегистрированные операции, новые первыми' })
  async operations(@Root() key: ApiKey, @Ctx() context: OrganizationsContext): Promise<ApiKeyOperation[]> {
    return (await context.loaders.operationsByKey.load(key.id)).map((row) => ApiKeyOperation.from(row));
  }

  @FieldResolver(() => Organization, { nullable: true, description: 'Организация, от имени которой действует ключ' })
  async organization(@Root() key: ApiKey, @Ctx() context: OrganizationsContext): Promise<Organization | null> {
    if (!key.organizationId) return null;
    const row = await context.loaders.organizationById.load(key.organizationId);
    return row ? Organization.from(row) : null;
  }

  @FieldResolver(() => Municipality, { nullable: true, description: 'Муниципалитет, чьи записи читает ключ' })
  async municipality(@Root() key: ApiKey, @Ctx() context: OrganizationsContext): Promise<Municipality | null> {
    if (!key.municipalityId) return null;
    const row = await context.loaders.municipalityById.load(key.municipalityId);
    return row ? Municipality.from(row) : null;
  }
}
