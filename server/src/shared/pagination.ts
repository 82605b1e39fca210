import type { EntityManager, EntityProperty, FilterQuery } from '@mikro-orm/postgresql';
import { type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { t } from '../i18n/index.js';
import { badInput } from './errors.js';
import { isUuid } from './lookup.js';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage!: boolean;

  @Field()
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true })
  startCursor!: string | null;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

export interface Connection<T> {
  edges: { node: T; cursor: string }[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay connection type for `Node`: `{ edges { node cursor } pageInfo totalCount }`. */
export function ConnectionType<T extends object>(Node: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`)
  class Edge {
    @Field(() => Node)
    node!: T;

    @Field()
    cursor!: string;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }
  return ConnectionClass;
}

export const MAX_PAGE = 100;

/** Keyset pagination over indexed columns (MikroORM cursors), ties broken by id. */
export async function paginate<T extends object>(
  em: EntityManager,
  entity: ClassType<T>,
  where: FilterQuery<T>,
  opts: { first?: number | null; after?: string | null; orderBy: Record<string, 'asc' | 'desc'>; populate?: string[] },
): Promise<Connection<T>> {
  const first = opts.first ?? 20;
  if (first < 1 || first > MAX_PAGE) throw badInput('first', t('validation.pageSize', { max: MAX_PAGE, value: first }));
  const orderBy = { ...opts.orderBy, id: 'asc' as const };
  const invalidCursor = () => badInput('after', t('validation.cursor'));
  if (opts.after && !isCursor(opts.after, cursorColumns(em, entity, Object.keys(orderBy)))) throw invalidCursor();
  let cursor: Awaited<ReturnType<EntityManager['findByCursor']>>;
  try {
    cursor = await em.findByCursor(entity, where, {
      first,
      after: opts.after ?? undefined,
      orderBy: orderBy as never,
      populate: opts.populate as never,
    });
  } catch (err) {
    // A well-formed cursor with values of the wrong type ("x" for a time or an id): PostgreSQL
    // refuses it with a data exception (SQLSTATE class 22). Never pass its SQL on.
    const sqlState = String((err as { code?: unknown }).code ?? '');
    if (opts.after && (/cursor/i.test((err as Error).message) || /^22/.test(sqlState))) throw invalidCursor();
    throw err;
  }
  const items = cursor.items as T[];
  return {
    edges: items.map((node) => ({ node, cursor: cursor.from(node as never) })),
    pageInfo: {
      hasNextPage: cursor.hasNextPage ?? false,
      hasPreviousPage: cursor.hasPrevPage ?? false,
      startCursor: cursor.startCursor,
      endCursor: cursor.endCursor,
    },
    totalCount: cursor.totalCount ?? items.length,
  };
}

/** The properties a cursor holds a value for, in orderBy order. */
function cursorColumns(em: EntityManager, entity: ClassType<object>, keys: string[]): EntityProperty[] {
  const meta = em.getMetadata().get(entity.name);
  return keys.map((k) => {
    const prop = meta.properties[k];
    if (!prop) throw new Error(`${entity.name}.${k} cannot order a page: no such property`);
    return prop;
  });
}

/** MikroORM turns a cursor string of this shape back into a Date. */
const CURSOR_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** A value PostgreSQL will take for the column, so a forged cursor never reaches it as a SQL error. */
function fitsColumn(prop: EntityProperty, value: unknown): boolean {
  if (value === null) return !!prop.nullable;
  const column = String(prop.columnTypes?.[0] ?? prop.type ?? '').toLowerCase();
  if (column === 'uuid') return typeof value === 'string' && isUuid(value);
  if (column === 'date')
    return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));
  if (prop.runtimeType === 'Date')
    return typeof value === 'string' && CURSOR_TIME.test(value) && !Number.isNaN(Date.parse(value));
  if (prop.runtimeType === 'number') return typeof value === 'number' && Number.isFinite(value);
  if (prop.runtimeType === 'string') return typeof value === 'string';
  return false;
}

/**
 * MikroORM cursors are base64url-encoded JSON arrays, one value per orderBy column. An object in
 * one would reach the query as an operator ({"$gt": …}); a wrong count or type, a SQL error.
 */
function isCursor(value: string, columns: EntityProperty[]): boolean {
  if (value.length > 500 || !/^[A-Za-z0-9_-]+={0,2}$/.test(value)) return false;
  try {
    const decoded: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    return (
      Array.isArray(decoded) &&
      decoded.length === columns.length &&
      decoded.every((v, i) => fitsColumn(columns[i] as EntityProperty, v))
    );
  } catch {
    return false;
  }
}
