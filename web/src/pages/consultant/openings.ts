/** Counts of open items in a company's task or IGU slot list. */
export const countOpen = (items: { status: string }[]) => items.filter((i) => i.status === 'OPEN').length;

/** Contact due first, then the longest since the last contact, then by name. */
export function byContactUrgency<T extends { contactDue: boolean; lastContactAt?: string | null; name: string }>(
  a: T,
  b: T,
): number {
  if (a.contactDue !== b.contactDue) return a.contactDue ? -1 : 1;
  const la = a.lastContactAt ?? '';
  const lb = b.lastContactAt ?? '';
  if (la !== lb) return la < lb ? -1 : 1;
  return a.name.localeCompare(b.name, 'da');
}
