import type { GeoPoint } from '../features/matching/scoring.js';
import { readCsv } from './reference-data.js';

export interface Postcode {
  postcode: string;
  name: string;
  location: GeoPoint;
}

let byCode: Map<string, Postcode> | null = null;

function table(): Map<string, Postcode> {
  if (!byCode) {
    byCode = new Map(
      readCsv<{ postcode: string; name: string; lat: string; lng: string }>('postcodes-dk.csv').map((r) => [
        r.postcode,
        { postcode: r.postcode, name: r.name, location: { lat: Number(r.lat), lng: Number(r.lng) } },
      ]),
    );
  }
  return byCode;
}

/** The Danish geographic postcode, or undefined when it is not one. */
export const lookupPostcode = (code: string): Postcode | undefined => table().get(code.trim());

export const postcodeLocation = (code: string): GeoPoint | null => lookupPostcode(code)?.location ?? null;

export const allPostcodes = (): Postcode[] => [...table().values()];
