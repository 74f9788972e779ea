import {
  buildSchema,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLInterfaceType,
  GraphQLObjectType,
  GraphQLScalarType,
  GraphQLUnionType,
  type GraphQLNamedType,
} from 'graphql';
import { API_SDL } from './developer-sources.generated';

export interface ReferenceField {
  name: string;
  type: string;
  description: string | null;
  deprecationReason: string | null;
  args: Array<{ name: string; type: string; defaultValue: string | null; description: string | null }>;
}

export interface ReferenceType {
  name: string;
  kind: 'Запрос' | 'Изменение' | 'Объект' | 'Интерфейс' | 'Входной тип' | 'Перечисление' | 'Скаляр' | 'Объединение';
  description: string | null;
  fields: ReferenceField[];
}

const describe = (text: string | null | undefined) => text?.trim() || null;

function kindOf(type: GraphQLNamedType, roots: { query?: string; mutation?: string }): ReferenceType['kind'] {
  if (type.name === roots.query) return 'Запрос';
  if (type.name === roots.mutation) return 'Изменение';
  if (type instanceof GraphQLObjectType) return 'Объект';
  if (type instanceof GraphQLInterfaceType) return 'Интерфейс';
  if (type instanceof GraphQLInputObjectType) return 'Входной тип';
  if (type instanceof GraphQLEnumType) return 'Перечисление';
  if (type instanceof GraphQLUnionType) return 'Объединение';
  return 'Скаляр';
}

function fieldsOf(type: GraphQLNamedType): ReferenceField[] {
  if (type instanceof GraphQLObjectType || type instanceof GraphQLInterfaceType) {
    return Object.values(type.getFields()).map((field) => ({
      name: field.name,
      type: String(field.type),
      description: describe(field.description),
      deprecationReason: field.deprecationReason ?? null,
      args: field.args.map((arg) => ({
        name: arg.name,
        type: String(arg.type),
        defaultValue: arg.defaultValue === undefined ? null : JSON.stringify(arg.defaultValue),
        description: describe(arg.description),
      })),
    }));
  }
  if (type instanceof GraphQLInputObjectType) {
    return Object.values(type.getFields()).map((field) => ({
      name: field.name,
      type: String(field.type),
      description: describe(field.description),
      deprecationReason: field.deprecationReason ?? null,
      args: [],
    }));
  }
  if (type instanceof GraphQLEnumType) {
    return type.getValues().map((value) => ({
      name: value.name,
      type: '',
      description: describe(value.description),
      deprecationReason: value.deprecationReason ?? null,
      args: [],
    }));
  }
  if (type instanceof GraphQLUnionType) {
    return type.getTypes().map((member) => ({
      name: member.name,
      type: '',
      description: null,
      deprecationReason: null,
      args: [],
    }));
  }
  return [];
}

const KIND_ORDER: ReferenceType['kind'][] = [
  'Запрос',
  'Изменение',
  'Объект',
  'Интерфейс',
  'Объединение',
  'Входной тип',
  'Перечисление',
  'Скаляр',
];

/**
 * The partners' schema (schema/api.graphql, embedded at build time) as the reference lists it: the root types
 * first, then every type by kind and name, with descriptions and deprecations. Built once per server process.
 */
export const SCHEMA_REFERENCE: readonly ReferenceType[] = (() => {
  const schema = buildSchema(API_SDL);
  const roots = { query: schema.getQueryType()?.name, mutation: schema.getMutationType()?.name };
  return Object.values(schema.getTypeMap())
    .filter((type) => !type.name.startsWith('__'))
    .filter(
      (type) =>
        !(type instanceof GraphQLScalarType) || !['String', 'Boolean', 'Int', 'Float', 'ID'].includes(type.name),
    )
    .map((type) => ({
      name: type.name,
      kind: kindOf(type, roots),
      description: describe(type.description),
      fields: fieldsOf(type),
    }))
    .sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.name.localeCompare(b.name, 'en'));
})();
