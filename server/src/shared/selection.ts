import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Whether the client asked for a sub-field, e.g. `selects(info, 'hits.highlights')`,
 * following fragments. Lets a resolver skip work nobody will read.
 */
export function selects(info: GraphQLResolveInfo, path: string): boolean {
  let sets: SelectionSetNode[] = info.fieldNodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : []));
  for (const name of path.split('.')) {
    const found: FieldNode[] = [];
    const visit = (set: SelectionSetNode) => {
      for (const sel of set.selections) {
        if (sel.kind === 'Field' && sel.name.value === name) found.push(sel);
        else if (sel.kind === 'InlineFragment') visit(sel.selectionSet);
        else if (sel.kind === 'FragmentSpread') {
          const fragment = info.fragments[sel.name.value];
          if (fragment) visit(fragment.selectionSet);
        }
      }
    };
    for (const set of sets) visit(set);
    if (!found.length) return false;
    sets = found.flatMap((f) => (f.selectionSet ? [f.selectionSet] : []));
  }
  return true;
}
