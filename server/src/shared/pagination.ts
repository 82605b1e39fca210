import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { badInput } from './errors.js';

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
  if (first < 1 || first > MAX_PAGE) throw badInput('first', `first must be between 1 and ${MAX_PAGE}, got ${first}.`);
  if (opts.after && !isCursor(opts.after))
    throw badInput('after', 'The cursor is not valid: start again from the first page.');
  let cursor: Awaited<ReturnType<EntityManager['findByCursor']>>;
  try {
    cursor = await em.findByCursor(entity, where, {
      first,
      after: opts.after ?? undefined,
      orderBy: { ...opts.orderBy, id: 'asc' } as never,
      populate: opts.populate as never,
    });
  } catch (err) {
    if (opts.after && /cursor/i.test((err as Error).message))
      throw badInput('after', 'The cursor is not valid: start again from the first page.');
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

/** MikroORM cursors are base64url-encoded JSON arrays. */
function isCursor(value: string): boolean {
  if (value.length > 500 || !/^[A-Za-z0-9_-]+={0,2}$/.test(value)) return false;
  try {
    return Array.isArray(JSON.parse(Buffer.from(value, 'base64url').toString('utf8')));
  } catch {
    return false;
  }
}
