import { z } from 'zod/v4';
import { ErrorCode } from './errors';
import { Checked, TopicName } from './events';
import { PARTNER_SCOPES } from './partner-scopes';
import { ROLES } from './roles';

/**
 * The plain HTTP routes the services call on each other (never browsers: each needs the gateway's or a
 * service's credential), with their bodies. A receiver parses what it gets with these schemas; a caller
 * builds what it sends with their types.
 */

/** An id in a route's parameters or body. */
export const id = () => z.guid();

/** A refusal on an internal route: a stable code and why, for the caller's log. */
export const internalRefusal = z.object({
  error: z.object({ code: z.enum(Object.values(ErrorCode) as [ErrorCode, ...ErrorCode[]]), message: z.string() }),
});
export type InternalRefusal = z.infer<typeof internalRefusal>;

/**
 * `POST /internal/events` on every subgraph that receives events: one outbox event. Answers 204 once the
 * event is handled (or was handled before: its id is in the receiver's inbox); 400 `UNKNOWN_TOPIC` for a
 * topic the receiver does not take, 422 `INVALID_EVENT_PAYLOAD` for a payload that breaks its topic's
 * contract (both bodies say why; the event is not stored, and the sender's relay marks it dead).
 */
export const eventsRoute = {
  method: 'POST',
  path: '/internal/events',
  request: z.object({ id: id(), topic: z.string().min(1).max(200), payload: z.record(z.string(), z.unknown()) }),
} as const;
export interface EventEnvelope<T extends string = TopicName> {
  id: string;
  topic: T;
  payload: Record<string, unknown>;
}

/** Checks the envelope of an event a receiver got (its topic and payload are checked after). */
export function checkEventEnvelope(body: unknown): Checked<EventEnvelope<string>> {
  const parsed = eventsRoute.request.safeParse(body);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, issues: z.prettifyError(parsed.error) };
}

/** `POST /internal/sessions/resolve` on organizations, by the gateway: a session token → an identity, or 404. */
export const sessionResolveRoute = {
  method: 'POST',
  path: '/internal/sessions/resolve',
  request: z.object({ token: z.string().max(128) }),
  response: z.object({
    sessionId: z.string().min(1),
    identity: z.object({
      userId: id(),
      role: z.enum(ROLES),
      fullName: z.string(),
      login: z.string(),
      organizationId: id().nullable(),
      municipalityId: id().nullable(),
      canViewPersonalData: z.boolean(),
      canConfirmApplications: z.boolean(),
    }),
  }),
} as const;
export type SessionResolveRequest = z.infer<typeof sessionResolveRoute.request>;
export type SessionResolveResponse = z.infer<typeof sessionResolveRoute.response>;

/**
 * `POST /internal/api-keys/resolve` on organizations, by the gateway: a partner's API key (the whole
 * `Authorization: Bearer` value) → the PARTNER identity it stands for, its scopes and its limits per minute;
 * 404 for a key that is unknown, revoked or expired. `userId` is the key's id (revocations are announced under it).
 */
export const apiKeyResolveRoute = {
  method: 'POST',
  path: '/internal/api-keys/resolve',
  request: z.object({ key: z.string().max(128) }),
  response: z.object({
    keyId: id(),
    identity: sessionResolveRoute.response.shape.identity.extend({
      scopes: z.array(z.enum(PARTNER_SCOPES)),
    }),
    limits: z.object({
      requestsPerMinute: z.number().int().positive(),
      costPerMinute: z.number().int().positive(),
    }),
    /** When the key stops working (its expiry, or the end of a rotation's overlap): a cached answer ends too. */
    expiresAt: z.iso.datetime(),
    /** «Только зарегистрированные операции»: the gateway runs only operations registered for the key. */
    registeredOnly: z.boolean(),
  }),
} as const;
export type ApiKeyResolveRequest = z.infer<typeof apiKeyResolveRoute.request>;
export type ApiKeyResolveResponse = z.infer<typeof apiKeyResolveRoute.response>;

/**
 * `POST /internal/api-keys/operation` on organizations, by the gateway: the text of the operation registered for
 * the key under this SHA-256 (README, «Partners», registered operations); 404 when there is none.
 */
export const apiKeyOperationRoute = {
  method: 'POST',
  path: '/internal/api-keys/operation',
  request: z.object({ keyId: id(), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  response: z.object({ document: z.string() }),
} as const;
export type ApiKeyOperationRequest = z.infer<typeof apiKeyOperationRoute.request>;

/**
 * `POST /internal/api-keys/usage` on organizations, by the gateway: partner calls, in batches, for the usage
 * audit (key, operation name, cost, HTTP status and result code, time). 204 once stored.
 */
export const apiKeyUsageRoute = {
  method: 'POST',
  path: '/internal/api-keys/usage',
  maxRecords: 500,
  request: z.object({
    records: z
      .array(
        z.object({
          keyId: id(),
          operationName: z.string().max(200).nullable(),
          cost: z.number().int().nonnegative(),
          httpStatus: z.number().int().min(100).max(599),
          code: z.string().max(60).nullable(),
          occurredAt: z.iso.datetime(),
          requestId: z.string().max(64),
        }),
      )
      .min(1)
      .max(500),
  }),
} as const;
export type ApiKeyUsageRecord = z.infer<typeof apiKeyUsageRoute.request>['records'][number];

/**
 * `PUT /internal/certificates/{certificateId}` on navigator, by certificates («Отправить в ПФДО»): the
 * navigator's copy of a certificate, created or replaced (idempotent). 204, or 400 with a refusal.
 */
export const navigatorCertificateRoute = {
  method: 'PUT',
  path: (certificateId: string) => `/internal/certificates/${encodeURIComponent(certificateId)}`,
  pattern: '/internal/certificates/:id',
  params: z.object({ id: id() }),
  request: z.object({
    number: z.string().regex(/^\d{10}$/),
    status: z.string().min(1).max(40),
    municipalityId: id(),
    groupId: id(),
    groupName: z.string().max(500),
  }),
} as const;
export type NavigatorCertificate = z.infer<typeof navigatorCertificateRoute.request>;

/**
 * `GET /internal/certificates/{certificateId}/blockers` on navigator, by certificates («Отозвать согласие»):
 * what the navigator holds for the certificate that forbids withdrawing the consent. 200 with the counts
 * (zero for a certificate it never received).
 */
export const navigatorCertificateBlockersRoute = {
  method: 'GET',
  path: (certificateId: string) => `/internal/certificates/${encodeURIComponent(certificateId)}/blockers`,
  pattern: '/internal/certificates/:id/blockers',
  params: z.object({ id: id() }),
  response: z.object({
    enrollmentRequests: z.number().int().nonnegative(),
    enrollments: z.number().int().nonnegative(),
    activeContracts: z.number().int().nonnegative(),
  }),
} as const;
export type NavigatorCertificateBlockers = z.infer<typeof navigatorCertificateBlockersRoute.response>;

/**
 * `POST /internal/certificates/{certificateId}/child-name-check` on certificates, by navigator (a provider's
 * request on the holder's behalf, «Подтверждение по ФИО»): does the full name match the certificate's child
 * (case, ё/е and extra spaces aside)? 200 with yes or no, never the name; no for a certificate it does not know.
 */
export const childNameCheckRoute = {
  method: 'POST',
  path: (certificateId: string) => `/internal/certificates/${encodeURIComponent(certificateId)}/child-name-check`,
  pattern: '/internal/certificates/:id/child-name-check',
  params: z.object({ id: id() }),
  request: z.object({ fullName: z.string().min(1).max(400) }),
  response: z.object({ matches: z.boolean() }),
} as const;
export type ChildNameCheckRequest = z.infer<typeof childNameCheckRoute.request>;
export type ChildNameCheckResponse = z.infer<typeof childNameCheckRoute.response>;

/** `GET /internal/municipalities?ids=a,b` on organizations, by certificates: the municipalities' names. */
export const municipalitiesRoute = {
  method: 'GET',
  path: '/internal/municipalities',
  response: z.array(z.object({ id: id(), name: z.string() })),
} as const;
export type MunicipalityName = z.infer<typeof municipalitiesRoute.response>[number];

/**
 * `GET /internal/group-settings?municipalityId=…` on navigator, by certificates («Импорт из PFDO»): the
 * municipality's certificate group settings as the navigator keeps them («Настройка сертификатов»): name,
 * nominal and money limit in kopecks, age range (from, to exclusive), budget programs a child may take per
 * registry. 200 with the list (at most 200, by name), or 400 with a refusal.
 */
export const groupSettingsRoute = {
  method: 'GET',
  path: (municipalityId: string) => `/internal/group-settings?municipalityId=${encodeURIComponent(municipalityId)}`,
  pattern: '/internal/group-settings',
  query: z.object({ municipalityId: id() }),
  response: z.array(
    z.object({
      id: id(),
      municipalityId: id(),
      name: z.string().min(1).max(500),
      nominalKopecks: z.number().int().nonnegative(),
      minAge: z.number().int().min(0).max(25),
      maxAge: z.number().int().min(1).max(25),
      budgetPrograms: z.object({
        SIGNIFICANT: z.number().int().nonnegative(),
        GENERAL: z.number().int().nonnegative(),
        PRE_PROFESSIONAL: z.number().int().nonnegative(),
      }),
      municipalityLimitKopecks: z.number().int().nonnegative(),
    }),
  ),
} as const;
export type NavigatorGroupSetting = z.infer<typeof groupSettingsRoute.response>[number];

/**
 * `GET /internal/organizations?ids=a,b` on organizations, by certificates: the organizations' names (the
 * reports' CSV names each reception organization). At most `maxIds` ids a call.
 */
export const organizationNamesRoute = {
  method: 'GET',
  path: '/internal/organizations',
  maxIds: 500,
  response: z.array(z.object({ id: id(), name: z.string() })),
} as const;
export type OrganizationName = z.infer<typeof organizationNamesRoute.response>[number];

/** Checks a body or a parameter list against one of the routes' schemas. */
export function checkBody<T>(schema: z.ZodType<T>, value: unknown): Checked<T> {
  const parsed = schema.safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, issues: z.prettifyError(parsed.error) };
}
