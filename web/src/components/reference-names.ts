/** A catalogue entry named in Danish, and in English where the catalogue has it. */
export interface Named {
  name: string;
  nameEn?: string | null;
}

/** The entry's name in the UI's language: English where there is one, else the Danish name. */
export function localName(item: Named, language: string | undefined): string {
  return language?.startsWith('en') && item.nameEn ? item.nameEn : item.name;
}
