/**
 * An opening whose places are all taken (placements and accepted proposals) while it is still open
 * or in progress: the portal calls it "Besat" / "Filled", and nobody is suggested for it.
 * A task with several openings stays open for suggestions while IN_PROGRESS and places are left.
 */
export function isFilled(o: { status: string; openingsLeft: number }): boolean {
  return (o.status === 'OPEN' || o.status === 'IN_PROGRESS') && o.openingsLeft <= 0;
}

/** Takes suggestions and proposals: open (or a task in progress) with a place left. */
export function takesPeople(o: { status: string; openingsLeft: number }): boolean {
  return (o.status === 'OPEN' || o.status === 'IN_PROGRESS') && o.openingsLeft > 0;
}
