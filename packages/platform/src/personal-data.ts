import type { GraphQLResolveInfo } from 'graphql';
import type { IMiddlewareFieldMap, IMiddlewareFunction } from 'graphql-middleware';
import { Caller, Role } from './identity';

/** Staff whose every reading of personal data is audited (152-ФЗ; docs/domain.md §3). */
const AUDITED_ROLES: ReadonlySet<Role> = new Set([
  'ORG_OPERATOR',
  'MUNICIPAL_OPERATOR',
  'REGIONAL_OPERATOR',
  'PROVIDER',
  'PARTNER',
]);

export interface PersonalDataRead {
  subjectType: string;
  subjectId: string;
  fields: string[];
}

/** Collects, during one request, which personal data an operator read; written once the answer is known. */
export class PersonalDataReads {
  private readonly reads = new Map<string, PersonalDataRead>();

  constructor(readonly caller: Caller) {}

  get audited(): boolean {
    return !!this.caller.identity && AUDITED_ROLES.has(this.caller.identity.role);
  }

  record(subjectType: string, subjectId: string, field: string): void {
    if (!this.audited) return;
    const key = `${subjectType}:${subjectId}`;
    const read = this.reads.get(key) ?? { subjectType, subjectId, fields: [] };
    if (!read.fields.includes(field)) read.fields.push(field);
    this.reads.set(key, read);
  }

  /** Hands over what was read and forgets it. */
  take(): PersonalDataRead[] {
    const reads = [...this.reads.values()];
    this.reads.clear();
    return reads;
  }
}

/**
 * Field middleware that records reads of the named personal-data fields, by type, after the shield has
 * let them through. The parent object must carry `id`; the context, `personalDataReads`.
 */
export function personalDataAudit(fieldsByType: Record<string, string[]>): IMiddlewareFieldMap {
  const map: IMiddlewareFieldMap = {};
  for (const [type, fields] of Object.entries(fieldsByType)) {
    const middleware: IMiddlewareFunction = async (
      resolve,
      parent: { id: string },
      args,
      context: { personalDataReads: PersonalDataReads },
      info: GraphQLResolveInfo,
    ) => {
      const value = await resolve(parent, args, context, info);
      if (value !== null && value !== undefined && value !== '') {
        context.personalDataReads.record(type, parent.id, info.fieldName);
      }
      return value;
    };
    map[type] = Object.fromEntries(fields.map((field) => [field, middleware]));
  }
  return map;
}
