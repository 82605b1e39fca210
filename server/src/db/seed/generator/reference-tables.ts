/**
 * The generator's reference tables: places, names, industries, task and IGU templates, texts. Fixed
 * data only; nothing here draws a random number.
 *
 * Fairness: the name lists are grouped by language only, so that a person's first and last name go
 * together and the languages they speak are plausible; no row has a nationality or origin field.
 */
import type { DanishLevelRow } from './rows.js';

export type Pc = readonly [postcode: string, town: string, weight: number];

export interface Region {
  municipality: string;
  weight: number;
  postcodes: readonly Pc[];
}

/** Real postcodes, weighted towards a few municipalities, so that distances are realistic. */
export const REGIONS: readonly Region[] = [
  {
    municipality: 'Odense',
    weight: 30,
    postcodes: [
      ['5000', 'Odense', 6],
      ['5200', 'Odense', 4],
      ['5210', 'Odense', 4],
      ['5220', 'Odense', 5],
      ['5230', 'Odense', 4],
      ['5240', 'Odense', 4],
      ['5250', 'Odense', 4],
      ['5260', 'Odense', 4],
      ['5270', 'Odense', 4],
      ['5300', 'Kerteminde', 1],
      ['5330', 'Munkebo', 1],
      ['5450', 'Otterup', 1],
      ['5500', 'Middelfart', 1],
      ['5550', 'Langeskov', 1],
      ['5700', 'Svendborg', 1],
      ['5750', 'Ringe', 1],
      ['5800', 'Nyborg', 1],
    ],
  },
  {
    municipality: 'Aarhus',
    weight: 25,
    postcodes: [
      ['8000', 'Aarhus', 5],
      ['8200', 'Aarhus', 4],
      ['8210', 'Aarhus', 4],
      ['8220', 'Brabrand', 5],
      ['8230', 'Åbyhøj', 2],
      ['8240', 'Risskov', 1],
      ['8250', 'Egå', 1],
      ['8260', 'Viby', 4],
      ['8270', 'Højbjerg', 2],
      ['8310', 'Tranbjerg', 1],
      ['8361', 'Hasselager', 1],
      ['8381', 'Tilst', 1],
    ],
  },
  {
    municipality: 'Vejle',
    weight: 10,
    postcodes: [
      ['7100', 'Vejle', 6],
      ['7120', 'Vejle', 3],
      ['7080', 'Børkop', 1],
      ['7000', 'Fredericia', 2],
    ],
  },
  {
    municipality: 'Hillerød',
    weight: 8,
    postcodes: [
      ['3400', 'Hillerød', 6],
      ['3450', 'Allerød', 1],
      ['3480', 'Fredensborg', 1],
      ['3200', 'Helsinge', 1],
      ['3300', 'Frederiksværk', 1],
      ['3320', 'Skævinge', 1],
    ],
  },
  {
    municipality: 'Skive',
    weight: 6,
    postcodes: [
      ['7800', 'Skive', 7],
      ['7840', 'Højslev', 1],
      ['7850', 'Stoholm', 1],
      ['7860', 'Spøttrup', 1],
      ['7870', 'Roslev', 1],
    ],
  },
  {
    municipality: 'Vesthimmerlands',
    weight: 6,
    postcodes: [
      ['9600', 'Aars', 6],
      ['9610', 'Nørager', 1],
      ['9620', 'Aalestrup', 1],
      ['9640', 'Farsø', 2],
      ['9670', 'Løgstør', 2],
    ],
  },
  {
    municipality: 'København',
    weight: 15,
    postcodes: [
      ['2200', 'København', 3],
      ['2300', 'København', 2],
      ['2400', 'København', 4],
      ['2450', 'København', 2],
      ['2500', 'Valby', 2],
      ['2605', 'Brøndby', 2],
      ['2620', 'Albertslund', 2],
      ['2630', 'Taastrup', 2],
      ['2635', 'Ishøj', 2],
      ['2650', 'Hvidovre', 2],
      ['2660', 'Brøndby Strand', 2],
    ],
  },
];

export const REGION_WEIGHTS = REGIONS.map((r, i) => [i, r.weight] as const);
export const POSTCODE_TO_REGION = new Map<string, number>();
REGIONS.forEach((r, i) => {
  for (const [pc] of r.postcodes) POSTCODE_TO_REGION.set(pc, i);
});

/** Every postcode the generator can produce. */
export const GENERATOR_POSTCODES: readonly string[] = REGIONS.flatMap((r) => r.postcodes.map(([pc]) => pc));

export interface NamePool {
  weight: number;
  first: readonly string[];
  last: readonly string[];
  languages: readonly string[];
  extraLanguages: readonly string[];
}

// biome-ignore format: compact word lists
export const DANISH_POOL: NamePool = {
  weight: 10,
  first: [
    'Mette', 'Anne', 'Kirsten', 'Hanne', 'Susanne', 'Lene', 'Camilla', 'Louise', 'Maria', 'Julie', 'Sofie', 'Ida',
    'Emma', 'Line', 'Tina', 'Pia', 'Jens', 'Peter', 'Lars', 'Michael', 'Henrik', 'Søren', 'Thomas', 'Jesper',
    'Martin', 'Anders', 'Rasmus', 'Mikkel', 'Kasper', 'Frederik', 'Mads', 'Christian', 'Niels', 'Morten', 'Jonas',
    'Emil',
  ],
  last: [
    'Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen',
    'Jørgensen', 'Petersen', 'Madsen', 'Kristensen', 'Olsen', 'Thomsen', 'Christiansen', 'Poulsen', 'Johansen',
    'Møller', 'Mortensen', 'Knudsen', 'Jakobsen', 'Mikkelsen', 'Frederiksen', 'Holm', 'Lund', 'Schmidt', 'Eriksen',
    'Kjær', 'Bach',
  ],
  languages: [],
  extraLanguages: ['en', 'de'],
};

// biome-ignore format: compact word lists
export const NAME_POOLS: readonly NamePool[] = [
  {
    weight: 26,
    first: [
      'Mohammad', 'Ahmad', 'Ali', 'Omar', 'Khaled', 'Mahmoud', 'Hassan', 'Hussein', 'Yousef', 'Ibrahim', 'Mustafa',
      'Abdullah', 'Samir', 'Tarek', 'Walid', 'Bilal', 'Rami', 'Fatima', 'Aisha', 'Maryam', 'Noor', 'Rania', 'Huda',
      'Amina', 'Layla', 'Zainab', 'Rasha', 'Dima', 'Hiba', 'Samira', 'Nour', 'Yasmin', 'Salma', 'Reem',
    ],
    last: [
      'Al-Hassan', 'Haddad', 'Khalil', 'Mansour', 'Nasser', 'Saleh', 'Youssef', 'Hamdan', 'Darwish', 'Ibrahim',
      'Abdallah', 'Al-Ahmad', 'Othman', 'Kassem', 'Rahman', 'Al-Khatib', 'Shalabi', 'Jaber', 'Hamoud', 'Al-Ali',
      'Suleiman', 'Qasim', 'Barakat', 'Aziz', 'Najjar',
    ],
    languages: ['ar'],
    extraLanguages: ['en', 'fr', 'tr'],
  },
  {
    weight: 16,
    first: [
      'Ahmad', 'Mohammad', 'Ali', 'Reza', 'Mehdi', 'Hamid', 'Javad', 'Farid', 'Karim', 'Nasir', 'Jawad', 'Hossein',
      'Sardar', 'Zahra', 'Fatemeh', 'Maryam', 'Shirin', 'Parisa', 'Nargis', 'Soraya', 'Farzana', 'Mina', 'Leila',
      'Setareh', 'Roya', 'Nazanin', 'Fereshteh', 'Mahsa', 'Tahmina',
    ],
    last: [
      'Ahmadi', 'Hosseini', 'Rahimi', 'Karimi', 'Mohammadi', 'Rezaei', 'Jafari', 'Noori', 'Sultani', 'Haidari',
      'Sadiqi', 'Azizi', 'Amiri', 'Rasuli', 'Qaderi', 'Yousufi', 'Hakimi', 'Nazari', 'Safi', 'Popal', 'Mirzaei',
      'Akbari', 'Hashemi',
    ],
    languages: ['fa'],
    extraLanguages: ['ps', 'en', 'ur'],
  },
  {
    weight: 15,
    first: [
      'Oleksandr', 'Andrii', 'Dmytro', 'Serhii', 'Mykola', 'Volodymyr', 'Ivan', 'Yurii', 'Vasyl', 'Taras', 'Bohdan',
      'Maksym', 'Olena', 'Olha', 'Tetiana', 'Nataliia', 'Iryna', 'Svitlana', 'Oksana', 'Yuliia', 'Kateryna',
      'Mariia', 'Anastasiia', 'Viktoriia', 'Halyna', 'Liudmyla',
    ],
    last: [
      'Shevchenko', 'Kovalenko', 'Bondarenko', 'Tkachenko', 'Kravchenko', 'Melnyk', 'Boiko', 'Oliinyk', 'Shevchuk',
      'Koval', 'Polishchuk', 'Lysenko', 'Marchenko', 'Rudenko', 'Savchenko', 'Petrenko', 'Klymenko', 'Moroz',
      'Pavlenko', 'Kovalchuk', 'Ponomarenko', 'Levchenko', 'Kharchenko', 'Hnatiuk',
    ],
    languages: ['uk'],
    extraLanguages: ['ru', 'en', 'pl'],
  },
  {
    weight: 11,
    first: [
      'Abdi', 'Abdirahman', 'Abdullahi', 'Mohamed', 'Ahmed', 'Hassan', 'Farah', 'Said', 'Yusuf', 'Mahad', 'Liban',
      'Hodan', 'Hawa', 'Fadumo', 'Sahra', 'Ayan', 'Asha', 'Amal', 'Khadra', 'Nasra', 'Ifrah', 'Sagal', 'Ubah',
    ],
    last: [
      'Abdi', 'Ali', 'Warsame', 'Hussein', 'Farah', 'Jama', 'Osman', 'Mohamud', 'Yusuf', 'Aden', 'Ismail', 'Hersi',
      'Abdullahi', 'Nur', 'Egal', 'Dahir', 'Guled', 'Muse', 'Samatar', 'Elmi',
    ],
    languages: ['so'],
    extraLanguages: ['ar', 'en', 'sw'],
  },
  {
    weight: 11,
    first: [
      'Yonas', 'Daniel', 'Samuel', 'Filmon', 'Tesfalem', 'Mebrahtu', 'Habtom', 'Kidane', 'Berhane', 'Semere',
      'Robel', 'Amanuel', 'Yohannes', 'Selam', 'Helen', 'Senait', 'Rahel', 'Saba', 'Luwam', 'Winta', 'Feven',
      'Hiwet', 'Yordanos', 'Mehret', 'Abeba', 'Tsega',
    ],
    last: [
      'Tesfamariam', 'Ghebremedhin', 'Weldemichael', 'Habte', 'Tekle', 'Berhe', 'Gebreyesus', 'Kidane', 'Haile',
      'Mehari', 'Asmerom', 'Yemane', 'Negash', 'Tsegay', 'Woldu', 'Abraha', 'Gebremariam', 'Fissehaye',
    ],
    languages: ['ti'],
    extraLanguages: ['am', 'ar', 'en'],
  },
  {
    weight: 11,
    first: [
      'Azad', 'Rebwar', 'Dilshad', 'Shivan', 'Hemin', 'Karwan', 'Rojhat', 'Baran', 'Serhat', 'Zana', 'Delshad',
      'Rezan', 'Berivan', 'Rojin', 'Dilan', 'Hevi', 'Nishtiman', 'Shilan', 'Zilan', 'Avin', 'Jiyan', 'Lana',
      'Nazdar', 'Gulistan', 'Rozerin',
    ],
    last: [
      'Ahmed', 'Rashid', 'Omar', 'Mahmoud', 'Karim', 'Aziz', 'Salih', 'Hama', 'Rasul', 'Qadir', 'Amin', 'Faraj',
      'Sharif', 'Bakir', 'Mustafa', 'Jalal', 'Haji', 'Hawrami', 'Zebari', 'Doski',
    ],
    languages: ['ku'],
    extraLanguages: ['ar', 'tr', 'fa', 'en'],
  },
  DANISH_POOL,
];
export const POOL_WEIGHTS = NAME_POOLS.map((p, i) => [i, p.weight] as const);
export const DANISH_POOL_INDEX = NAME_POOLS.indexOf(DANISH_POOL);
export const UKRAINIAN_POOL_INDEX = 2;

/** DB07 divisions the generator uses, with the competence domains their work draws on. */
export interface IndustryDef {
  code: string;
  weight: number;
  domains: readonly string[];
  schedules: readonly (readonly [string[], number])[];
  /** Danish level tasks ask for. */
  danish: readonly (readonly [DanishLevelRow, number])[];
  publicShare: number;
  contactTitles: readonly string[];
}

export const LOW_DANISH: readonly (readonly [DanishLevelRow, number])[] = [
  ['NONE', 3],
  ['A1', 4],
  ['A2', 3],
  ['B1', 1],
];
export const CARE_DANISH: readonly (readonly [DanishLevelRow, number])[] = [
  ['A2', 3],
  ['B1', 4],
  ['B2', 1],
];

export const INDUSTRIES: readonly IndustryDef[] = [
  {
    code: '52',
    weight: 14,
    domains: ['warehouse'],
    schedules: [
      [['DAY'], 6],
      [['DAY', 'EVENING'], 2],
      [['NIGHT'], 1],
    ],
    danish: LOW_DANISH,
    publicShare: 0,
    contactTitles: ['Lagerchef', 'Driftsleder', 'Teamleder, lager', 'HR-partner'],
  },
  {
    code: '81',
    weight: 12,
    domains: ['cleaning', 'maintenance'],
    schedules: [
      [['DAY'], 4],
      [['EVENING'], 3],
      [['DAY', 'WEEKEND'], 1],
    ],
    danish: LOW_DANISH,
    publicShare: 0.15,
    contactTitles: ['Serviceleder', 'Inspektør', 'Driftsleder', 'Ejer'],
  },
  {
    code: '56',
    weight: 12,
    domains: ['kitchen', 'hospitality'],
    schedules: [
      [['DAY'], 4],
      [['EVENING'], 2],
      [['EVENING', 'WEEKEND'], 2],
    ],
    danish: LOW_DANISH,
    publicShare: 0.15,
    contactTitles: ['Køkkenchef', 'Restaurantchef', 'Kantineleder', 'Ejer'],
  },
  {
    code: '87',
    weight: 8,
    domains: ['care'],
    schedules: [
      [['DAY'], 5],
      [['DAY', 'EVENING'], 2],
      [['DAY', 'WEEKEND'], 1],
    ],
    danish: CARE_DANISH,
    publicShare: 0.7,
    contactTitles: ['Centerleder', 'Afdelingsleder', 'Sygeplejerske', 'Uddannelsesansvarlig'],
  },
  {
    code: '88',
    weight: 7,
    domains: ['care'],
    schedules: [
      [['DAY'], 6],
      [['DAY', 'EVENING'], 1],
    ],
    danish: CARE_DANISH,
    publicShare: 0.75,
    contactTitles: ['Leder', 'Pædagogisk leder', 'Distriktsleder', 'Souschef'],
  },
  {
    code: '43',
    weight: 10,
    domains: ['construction'],
    schedules: [[['DAY'], 1]],
    danish: LOW_DANISH,
    publicShare: 0,
    contactTitles: ['Formand', 'Byggeleder', 'Mester', 'Ejer'],
  },
  {
    code: '10',
    weight: 9,
    domains: ['manufacturing', 'kitchen'],
    schedules: [
      [['DAY'], 4],
      [['DAY', 'EVENING'], 2],
      [['NIGHT'], 1],
    ],
    danish: LOW_DANISH,
    publicShare: 0,
    contactTitles: ['Produktionsleder', 'Mester', 'HR-konsulent', 'Holdleder'],
  },
  {
    code: '47',
    weight: 10,
    domains: ['retail'],
    schedules: [
      [['DAY'], 3],
      [['DAY', 'WEEKEND'], 2],
      [['EVENING', 'WEEKEND'], 1],
    ],
    danish: [
      ['A1', 2],
      ['A2', 4],
      ['B1', 3],
    ],
    publicShare: 0,
    contactTitles: ['Butikschef', 'Souschef', 'Købmand', 'Afdelingsleder'],
  },
  {
    code: '49',
    weight: 7,
    domains: ['driving'],
    schedules: [
      [['DAY'], 4],
      [['DAY', 'EVENING'], 2],
      [['NIGHT'], 1],
    ],
    danish: [
      ['A1', 2],
      ['A2', 4],
      ['B1', 2],
    ],
    publicShare: 0,
    contactTitles: ['Vognmand', 'Trafikleder', 'Disponent', 'Ejer'],
  },
  {
    code: '01',
    weight: 5,
    domains: ['agriculture'],
    schedules: [
      [['DAY'], 5],
      [['DAY', 'WEEKEND'], 1],
    ],
    danish: LOW_DANISH,
    publicShare: 0.05,
    contactTitles: ['Driftsleder', 'Gartner', 'Landmand', 'Ejer'],
  },
  {
    code: '55',
    weight: 6,
    domains: ['hospitality', 'cleaning'],
    schedules: [
      [['DAY'], 3],
      [['DAY', 'WEEKEND'], 3],
      [['EVENING', 'WEEKEND'], 1],
    ],
    danish: LOW_DANISH,
    publicShare: 0,
    contactTitles: ['Housekeeping-chef', 'Hoteldirektør', 'Receptionschef', 'Køkkenchef'],
  },
];
export const INDUSTRY_BY_CODE = new Map(INDUSTRIES.map((d) => [d.code, d]));

/** The DB07 divisions the generator uses. */
export const GENERATOR_INDUSTRIES: readonly string[] = INDUSTRIES.map((d) => d.code);

export interface TaskTemplate {
  title: string;
  description: string;
  learningGoals: string;
  /** Preferred competences (catalogue codes); the rest is drawn from the industry's domains. */
  hints: readonly string[];
}

export const TASKS: Record<string, readonly TaskTemplate[]> = {
  '52': [
    {
      title: 'Ordreplukning i formiddagens spidsbelastning',
      description:
        'Butiksordrer skal plukkes og pakkes inden kl. 12. I dag når chaufførerne det kun, når de har tid, og ordrerne bliver sendt for sent.',
      learningGoals:
        'Plukke efter plukliste og håndterminal, pakke og mærke ordrer korrekt og køre sikkert med el-palleløfter.',
      hints: ['order-picking', 'barcode-scanning', 'pallet-jack-operation'],
    },
    {
      title: 'Varemodtagelse og placering af varer',
      description:
        'Indkommende paller står ofte en hel dag, før de bliver talt op og sat på plads. Vi har brug for en fast hånd til varemodtagelsen.',
      learningGoals: 'Kontrollere følgesedler, tælle varer op, placere dem efter lagersystemet og melde afvigelser.',
      hints: ['goods-receipt', 'warehouse-work', 'stock-rotation'],
    },
    {
      title: 'Palleopbygning og strækfilm til udkørsel',
      description:
        'Paller til udkørsel skal bygges stabilt og pakkes i strækfilm. Opgaven løses i dag i hast af lagerlederen selv.',
      learningGoals: 'Bygge stabile paller, bruge strækfilmsmaskine, læsse lastbiler sikkert og følge løfteteknik.',
      hints: ['pallet-building', 'loading-unloading', 'heavy-lifting'],
    },
    {
      title: 'Returvarer og kassation',
      description:
        'Returvarer fra butikkerne hober sig op i et hjørne af lageret. De skal sorteres, tælles og enten sættes på lager igen eller kasseres.',
      learningGoals: 'Sortere returvarer efter faste regler, registrere dem og mærke varer, der skal sælges igen.',
      hints: ['labelling', 'stocktaking', 'waste-sorting'],
    },
    {
      title: 'Varerotation og datokontrol på kølelageret',
      description:
        'Kølevarer skal roteres efter først-ind-først-ud, og datoer skal kontrolleres dagligt. Opgaven bliver ofte sprunget over.',
      learningGoals: 'Arbejde efter FIFO, kontrollere datoer og temperaturer og arbejde sikkert på køl og frost.',
      hints: ['cold-storage', 'stock-rotation', 'temperature-checks'],
    },
    {
      title: 'Pakning af webordrer',
      description:
        'Webbutikkens ordrer pakkes i dag af kontorpersonalet. Vi vil gerne have en fast pakker på fuld tid.',
      learningGoals: 'Pakke ordrer sikkert og hurtigt, printe fragtlabels og holde pakkeområdet ryddeligt.',
      hints: ['shipping-packing', 'parcel-sorting', 'barcode-scanning'],
    },
  ],
  '81': [
    {
      title: 'Kontorrengøring efter lukketid',
      description:
        'Tre kontorkunder får i dag kun rengjort hver anden dag, fordi holdet ikke når det. Opgaven er daglig rengøring af kontorer, køkken og toiletter.',
      learningGoals:
        'Gøre rent efter farvekoder og mikrofibermetoden, bruge kemikalier sikkert og arbejde efter kundens kvalitetsniveau.',
      hints: ['office-cleaning', 'cleaning-methods', 'toilet-cleaning'],
    },
    {
      title: 'Trappevask i boligforeningens opgange',
      description:
        'Opgangene i tre blokke bliver vasket for sjældent, og beboerne klager. Opgaven er fast trappevask hver uge.',
      learningGoals: 'Planlægge en rute, vaske trapper effektivt og tale venligt og kort med beboerne.',
      hints: ['stairwell-cleaning', 'cleaning-chemicals'],
    },
    {
      title: 'Udendørs renholdelse og affaldsøer',
      description:
        'Affaldsøerne flyder, og fællesarealerne bliver ikke fejet. Viceværten har ikke tid ved siden af reparationerne.',
      learningGoals: 'Sortere affald korrekt, holde fællesarealer rene og melde skader til viceværten.',
      hints: ['outdoor-cleaning', 'waste-sorting'],
    },
    {
      title: 'Hjælp til viceværten med småreparationer',
      description: 'Små opgaver som at skifte pærer, stramme dørhåndtag og male pletter venter i ugevis.',
      learningGoals: 'Bruge håndværktøj sikkert, udføre enkle reparationer og registrere udførte opgaver.',
      hints: ['caretaker', 'handyman', 'electrical-maintenance'],
    },
    {
      title: 'Gulvpleje med skuremaskine i institutioner',
      description: 'Gulvene i to skoler trænger til afrensning og polering, som ingen i det faste hold har tid til.',
      learningGoals: 'Betjene gulvvaskemaskine, afrense og polere gulve og arbejde sikkert med kemikalier.',
      hints: ['floor-scrubber', 'floor-care', 'institution-cleaning'],
    },
    {
      title: 'Vinduespudsning i stueetagen',
      description: 'Kunderne ønsker pudsede vinduer hver måned, men opgaven bliver udskudt.',
      learningGoals: 'Pudse vinduer uden striber, bruge det rigtige udstyr og planlægge en rute.',
      hints: ['window-cleaning'],
    },
  ],
  '56': [
    {
      title: 'Opvask og køkkenhjælp i frokostkantinen',
      description: 'Opvasken hober sig op efter frokost, og kokkene må selv tage den. Vi mangler hjælp fra 10 til 15.',
      learningGoals:
        'Betjene opvaskemaskinen, holde køkkenet rent efter hygiejnereglerne og hjælpe kokkene med forberedelse.',
      hints: ['dishwashing', 'canteen-work', 'kitchen-closing'],
    },
    {
      title: 'Forberedelse af grøntsager og salater',
      description:
        'Hver morgen skal der skrælles og snittes til 300 kuverter. Det tager kokkene to timer, de ikke har.',
      learningGoals: 'Skrælle og snitte grøntsager hurtigt og sikkert, lave enkle salater og opbevare råvarer korrekt.',
      hints: ['vegetable-preparation', 'cold-kitchen', 'food-hygiene-certificate'],
    },
    {
      title: 'Anretning af frokostbuffet',
      description: 'Buffeten skal sættes op og fyldes op løbende mellem 11.30 og 13.',
      learningGoals: 'Anrette mad pænt, holde øje med temperaturer og fylde op i tide.',
      hints: ['food-presentation', 'temperature-checks'],
    },
    {
      title: 'Smørrebrød og koldt køkken',
      description:
        'Vi får flere bestillinger på smørrebrød, end vi kan nå. Opgaven er at smøre og anrette efter opskrift.',
      learningGoals: 'Smøre smørrebrød efter opskrift, overholde hygiejneregler og kende de almindelige allergener.',
      hints: ['cold-kitchen', 'allergens'],
    },
    {
      title: 'Servering og oprydning om aftenen',
      description: 'Om aftenen mangler vi en ekstra til at dække borde, servere og rydde op.',
      learningGoals: 'Dække borde, servere for gæster, tage imod enkle bestillinger og lukke restauranten ned.',
      hints: ['waiting-tables', 'kitchen-closing'],
    },
    {
      title: 'Egenkontrol og råvaremodtagelse',
      description:
        'Temperaturmålinger og modtagekontrol bliver ikke skrevet ned hver dag, og det giver problemer ved kontrolbesøg.',
      learningGoals: 'Måle og registrere temperaturer, tage imod varer og sætte dem korrekt på køl og frost.',
      hints: ['temperature-checks', 'kitchen-supplies'],
    },
  ],
  '87': [
    {
      title: 'Måltidsstøtte og hygge ved frokost',
      description:
        'Beboerne spiser bedre, når der er tid til at sidde med ved bordet, men personalet når det sjældent.',
      learningGoals: 'Hjælpe beboere ved måltider, tale roligt og respektfuldt og observere ændringer hos beboerne.',
      hints: ['meal-assistance', 'professional-conduct', 'activity-work'],
    },
    {
      title: 'Aktiviteter for beboerne om eftermiddagen',
      description: 'Eftermiddagene er lange for beboerne. Vi vil gerne have nogen til gåture, spil og sang.',
      learningGoals: 'Planlægge og gennemføre enkle aktiviteter og ledsage beboere sikkert.',
      hints: ['activity-work', 'accompanying'],
    },
    {
      title: 'Hjælp til personlig pleje sammen med en SOSU-assistent',
      description:
        'Morgenplejen er presset. Opgaven er at hjælpe en SOSU-assistent med bad, påklædning og sengeredning.',
      learningGoals:
        'Udføre personlig pleje under vejledning, følge hygiejnereglerne og bruge forflytningshjælpemidler.',
      hints: ['personal-care', 'care-hygiene', 'patient-transfer'],
    },
    {
      title: 'Linned og tøjvask på afdelingen',
      description: 'Tøjvask og linnedskift tager tid fra plejen. Vi vil gerne samle opgaven hos én person.',
      learningGoals: 'Sortere og vaske tøj og linned korrekt, holde styr på beboernes tøj og følge hygiejneregler.',
      hints: ['laundry', 'linen-washing'],
    },
    {
      title: 'Ledsagelse af beboere til aftaler',
      description: 'Beboere skal følges til læge, frisør og indkøb, og det tager personalet væk fra afdelingen.',
      learningGoals: 'Ledsage borgere trygt, kommunikere med andre fagpersoner og melde tilbage til kontaktpersonen.',
      hints: ['accompanying', 'communication'],
    },
  ],
  '88': [
    {
      title: 'Praktisk hjælp i hjemmeplejen',
      description: 'Rengøring og indkøb hos borgerne bliver udskudt, når plejen er presset.',
      learningGoals: 'Gøre rent i borgernes hjem, handle ind efter liste og møde borgerne med respekt.',
      hints: ['home-care', 'domestic-cleaning', 'professional-conduct'],
    },
    {
      title: 'Pædagogmedhjælp i børnehaven',
      description: 'Vi mangler en ekstra voksen om formiddagen til leg, måltider og oprydning.',
      learningGoals: 'Indgå i børnehavens dagsrytme, lege og tale med børnene og samarbejde med pædagogerne.',
      hints: ['childcare', 'communication'],
    },
    {
      title: 'Lektiecafé og fritidsaktiviteter i SFO',
      description: 'Lektiecaféen har flere børn end voksne. Vi søger en, der kan hjælpe med lektier og aktiviteter.',
      learningGoals: 'Hjælpe børn med lektier, sætte aktiviteter i gang og samarbejde med forældre og kolleger.',
      hints: ['after-school-care', 'homework-help'],
    },
    {
      title: 'Brobygger i boligområdet',
      description: 'Mange beboere har brug for hjælp til breve og kontakt med kommunen, og det kræver sprogkundskaber.',
      learningGoals: 'Vejlede borgere om tilbud, hjælpe med breve og blanketter og henvise til de rette fagpersoner.',
      hints: ['community-mediation', 'interpreting', 'paperwork-help'],
    },
    {
      title: 'Ledsagelse af borgere med handicap',
      description: 'Borgere med handicap ønsker at komme mere ud, men der er ikke personale til ledsagelse.',
      learningGoals: 'Ledsage og støtte borgere, tilpasse hjælpen til den enkelte og dokumentere kort.',
      hints: ['disability-support', 'accompanying'],
    },
  ],
  '43': [
    {
      title: 'Byggepladsoprydning og affaldssortering',
      description: 'Byggepladsen bliver rodet, og svendene bruger tid på at rydde op i stedet for at bygge.',
      learningGoals: 'Sortere byggeaffald, holde adgangsveje fri og følge sikkerhedsreglerne på en byggeplads.',
      hints: ['site-clean-up', 'general-labouring', 'construction-safety'],
    },
    {
      title: 'Malerarbejde: afdækning og spartling',
      description: 'Før malerne kan male, skal der dækkes af og spartles. Det tager svendenes tid.',
      learningGoals: 'Afdække, spartle og slibe, grunde og male enkle flader og gøre værktøj rent.',
      hints: ['painting', 'filling-spackling'],
    },
    {
      title: 'Arbejdsmand ved støbning',
      description: 'Ved støbninger mangler vi ekstra hænder til forskalling, armering og afretning.',
      learningGoals: 'Hjælpe ved forskalling og armering, afrette beton og arbejde sikkert med værktøj.',
      hints: ['concrete-work', 'general-labouring'],
    },
    {
      title: 'Tømrermedhjælper ved gipsvægge',
      description:
        'Ved renoveringer skal der bæres og skæres gips og lægter. Svendene vil gerne have en fast medhjælper.',
      learningGoals: 'Måle op, skære og montere gips under vejledning og bruge el-værktøj sikkert.',
      hints: ['drywall', 'carpentry', 'hand-tools'],
    },
    {
      title: 'Murerarbejdsmand',
      description: 'Murerne venter på sten og mørtel. Vi mangler en arbejdsmand, der kan holde dem forsynet.',
      learningGoals: 'Blande mørtel, bære og stable sten, rejse enkle stilladser og holde orden.',
      hints: ['masonry', 'scaffolding', 'heavy-lifting'],
    },
    {
      title: 'Nedrivning ved renoveringer',
      description: 'Før renoveringen skal gamle køkkener og vægge fjernes og køres væk.',
      learningGoals: 'Nedrive sikkert, bruge værnemidler og sortere affald korrekt.',
      hints: ['demolition', 'site-clean-up', 'protective-equipment'],
    },
  ],
  '10': [
    {
      title: 'Pakning ved pakkelinjen',
      description: 'Pakkelinjen kører kun på halv fart, fordi der mangler folk ved pakningen sidst på dagen.',
      learningGoals: 'Pakke færdigvarer efter instruks, holde tempoet på linjen og følge hygiejnereglerne.',
      hints: ['manual-packing', 'packaging-machine', 'food-production'],
    },
    {
      title: 'Udskæring og pakning på slagteriet',
      description: 'Udskæringen mangler folk i sæsonen. Opgaven er enkel udskæring og pakning efter oplæring.',
      learningGoals: 'Skære ud efter instruks, bruge kniv og værnemidler sikkert og holde hygiejnen.',
      hints: ['slaughterhouse-work', 'food-production'],
    },
    {
      title: 'Bageri: udbagning og pakning',
      description: 'Brødet skal ud af ovnen og pakkes til butikkerne inden kl. 6. Bagerne når det ikke alene.',
      learningGoals: 'Betjene ovne og pakkemaskine, følge opskrifter og arbejde hygiejnisk.',
      hints: ['baking', 'food-production', 'food-hygiene-certificate'],
    },
    {
      title: 'Rengøring af produktionsudstyr',
      description: 'Maskinerne skal rengøres mellem skiftene, og det forsinker opstarten.',
      learningGoals: 'Adskille og rengøre maskiner efter instruks og bruge kemikalier sikkert.',
      hints: ['industrial-cleaning', 'food-machinery'],
    },
    {
      title: 'Kvalitetskontrol og prøveudtagning',
      description: 'Der bliver taget for få prøver fra produktionen, fordi holdlederne ikke har tid.',
      learningGoals: 'Tage prøver efter plan, registrere resultater og melde afvigelser.',
      hints: ['quality-control', 'sampling'],
    },
  ],
  '47': [
    {
      title: 'Varepåfyldning om morgenen',
      description: 'Hylderne er ikke fyldt op, når butikken åbner. Vi mangler hjælp fra 6 til 10.',
      learningGoals: 'Fylde varer op efter planogram, rotere varer og holde hylderne pæne.',
      hints: ['shelf-stacking', 'stock-rotation'],
    },
    {
      title: 'Kassearbejde i weekenden',
      description: 'Der er lange køer i weekenden. Vi vil gerne lære en ny medarbejder kassen.',
      learningGoals: 'Betjene kassen, tælle kassen op og hjælpe kunderne venligt.',
      hints: ['cashier', 'customer-service', 'numeracy-money'],
    },
    {
      title: 'Prismærkning og varekontrol',
      description: 'Forkerte priser på hylderne giver klager. Opgaven er daglig kontrol og mærkning.',
      learningGoals: 'Kontrollere og skifte prisskilte, tjekke datoer og melde mangler.',
      hints: ['price-marking'],
    },
    {
      title: 'Slagter- og delikatessedisk',
      description: 'Disken er underbemandet om eftermiddagen.',
      learningGoals: 'Betjene kunder ved disken, skære og veje varer og overholde hygiejneregler.',
      hints: ['deli-counter', 'food-hygiene-certificate'],
    },
    {
      title: 'Vareudstilling og butiksindretning',
      description: 'Kampagnevarerne bliver ikke stillet pænt op, og det koster salg.',
      learningGoals: 'Bygge vareudstillinger efter kampagneplan og holde butikken indbydende.',
      hints: ['visual-merchandising', 'shelf-stacking'],
    },
  ],
  '49': [
    {
      title: 'Pakkeudbringning med varebil',
      description: 'Vi har flere pakker end chauffører i højsæsonen.',
      learningGoals: 'Køre en fast rute, levere pakker med scanner og tale venligt med modtagerne.',
      hints: ['parcel-delivery', 'van-driving', 'driving-licence-b'],
    },
    {
      title: 'Chaufførmedhjælper ved møbeltransport',
      description: 'Chaufførerne kører alene og har svært ved at bære store møbler ind.',
      learningGoals: 'Bære og sikre gods korrekt, montere enkle møbler og tale med kunderne.',
      hints: ['furniture-delivery', 'loading-unloading'],
    },
    {
      title: 'Flextrafik og handicapkørsel',
      description: 'Der mangler chauffører til morgenkørsel med borgere.',
      learningGoals: 'Køre sikkert med passagerer, hjælpe med kørestole og overholde tider.',
      hints: ['disabled-transport', 'driving-licence-b', 'passenger-service'],
    },
    {
      title: 'Daglig klargøring af busser',
      description: 'Busserne bliver ikke gjort rent og tjekket hver dag.',
      learningGoals: 'Rengøre busser indvendigt, udføre daglig kontrol og melde fejl.',
      hints: ['vehicle-interior-cleaning', 'vehicle-daily-check'],
    },
    {
      title: 'Omdeling af aviser og reklamer',
      description: 'Ruterne i yderområderne bliver ikke dækket.',
      learningGoals: 'Planlægge en rute, omdele korrekt og stabilt og melde tilbage om problemer.',
      hints: ['leaflet-delivery', 'route-planning'],
    },
  ],
  '01': [
    {
      title: 'Høst og sortering af grøntsager',
      description: 'I høstsæsonen mangler vi hænder til plukning og sortering.',
      learningGoals: 'Høste skånsomt, sortere efter kvalitet og størrelse og arbejde i et fast tempo.',
      hints: ['harvesting', 'produce-grading'],
    },
    {
      title: 'Væksthusarbejde: potning og udplantning',
      description: 'Planterne skal pottes om og flyttes, før de bliver for store.',
      learningGoals: 'Potte og plante ud, vande og passe planter og holde væksthuset ryddeligt.',
      hints: ['greenhouse-work', 'planting-potting'],
    },
    {
      title: 'Staldarbejde i svineproduktionen',
      description: 'Staldene skal muges ud og dyrene tilses, også i weekenden.',
      learningGoals: 'Fodre og tilse dyr, rengøre stalde og følge smitteregler.',
      hints: ['pig-farming', 'animal-feeding'],
    },
    {
      title: 'Pleje af grønne områder',
      description: 'Græs og hække bliver ikke passet i sommermånederne.',
      learningGoals: 'Bruge plæneklipper og hækkeklipper sikkert og holde områderne pæne.',
      hints: ['green-areas', 'lawn-mowing', 'pruning'],
    },
    {
      title: 'Malkning og fodring i kvægstalden',
      description: 'Malkningen morgen og aften mangler en fast afløser.',
      learningGoals: 'Malke efter rutinen, fodre og holde øje med dyrenes sundhed.',
      hints: ['dairy-farming', 'animal-feeding'],
    },
  ],
  '55': [
    {
      title: 'Værelsesrengøring og sengeredning',
      description: 'I weekenderne når vi ikke at gøre alle værelser klar til kl. 15.',
      learningGoals: 'Gøre værelser rene efter hotellets standard, rede senge og melde fejl og mangler.',
      hints: ['hotel-room-cleaning', 'bed-making'],
    },
    {
      title: 'Opsætning af morgenmadsbuffet',
      description: 'Morgenmaden skal stå klar kl. 6.30 og fyldes op løbende.',
      learningGoals: 'Sætte buffet op, fylde op og holde området rent og indbydende.',
      hints: ['breakfast-buffet', 'food-presentation'],
    },
    {
      title: 'Linnedrum og vaskeri',
      description: 'Linnedrummet er uorganiseret, og der mangler rene håndklæder i weekenden.',
      learningGoals: 'Sortere, vaske og folde linned og holde styr på beholdningen.',
      hints: ['linen-room', 'laundry'],
    },
    {
      title: 'Opstilling til møder og konferencer',
      description: 'Konferencesalene skal stilles om mellem arrangementerne.',
      learningGoals: 'Stille borde og teknik op efter plan og samarbejde med receptionen.',
      hints: ['event-setup'],
    },
    {
      title: 'Opvask og køkkenhjælp i hotelkøkkenet',
      description: 'Køkkenet mangler hjælp til opvask om aftenen.',
      learningGoals: 'Betjene opvaskemaskine, holde køkkenet rent og hjælpe med forberedelse.',
      hints: ['dishwashing', 'kitchen-closing'],
    },
  ],
};

export const IGU_TITLES: Record<string, readonly string[]> = {
  '52': ['IGU-elev: lager og logistik', 'IGU: lagermedarbejder med truckcertifikat'],
  '81': ['IGU-elev: rengøring og ejendomsservice', 'IGU: serviceassistent'],
  '56': ['IGU-elev i køkkenet', 'IGU: ernæringsassistent i kantinen'],
  '87': ['IGU-elev: plejehjemsassistent', 'IGU: hjælper på plejecenter'],
  '88': ['IGU-elev: pædagogisk assistent', 'IGU: hjælper i hjemmeplejen'],
  '43': ['IGU-elev: byggeri og anlæg', 'IGU: arbejdsmand i byggeriet'],
  '10': ['IGU-elev: fødevareproduktion', 'IGU: procesoperatør'],
  '47': ['IGU-elev: butik og detailhandel', 'IGU: butiksmedhjælper'],
  '49': ['IGU-elev: chaufførmedhjælper', 'IGU: lager og transport'],
  '01': ['IGU-elev: gartneri', 'IGU: landbrugsmedhjælper'],
  '55': ['IGU-elev: hotel og housekeeping', 'IGU: receptions- og serviceassistent'],
};

/**
 * What a company offering an IGU slot with this title writes as its requirements (IGU_TITLES).
 * IGU is for newly arrived refugees who are to learn the trade and Danish on the job and at
 * school: the competences are the work's own, at a beginner's level (minLevel 1–2), and the
 * Danish asked for is low, a little higher where the work is talking to citizens or customers.
 * `core` is always required (it is what the title says); the rest are drawn from `more`.
 */
export interface IguRequirementTemplate {
  core: string;
  more: readonly string[];
  danish: readonly (readonly [DanishLevelRow, number])[];
}
/** Danish an IGU slot asks for where the work is hands-on. */
export const IGU_DANISH_LOW: readonly (readonly [DanishLevelRow, number])[] = [
  ['NONE', 3],
  ['A1', 4],
  ['A2', 2],
];
/** Danish an IGU slot asks for where the work is talking to citizens, residents or customers. */
export const IGU_DANISH_TALK: readonly (readonly [DanishLevelRow, number])[] = [
  ['A1', 1],
  ['A2', 4],
  ['B1', 2],
];
export const IGU_REQUIREMENTS: Record<string, IguRequirementTemplate> = {
  'IGU-elev: lager og logistik': {
    core: 'order-picking',
    more: ['goods-receipt', 'barcode-scanning', 'pallet-jack-operation'],
    danish: IGU_DANISH_LOW,
  },
  'IGU: lagermedarbejder med truckcertifikat': {
    core: 'forklift-operation',
    more: ['warehouse-work', 'loading-unloading', 'pallet-building'],
    danish: IGU_DANISH_LOW,
  },
  'IGU-elev: rengøring og ejendomsservice': {
    core: 'general-cleaning',
    more: ['cleaning-methods', 'outdoor-cleaning', 'caretaker'],
    danish: IGU_DANISH_LOW,
  },
  'IGU: serviceassistent': {
    core: 'institution-cleaning',
    more: ['cleaning-methods', 'surface-disinfection', 'toilet-cleaning'],
    danish: IGU_DANISH_LOW,
  },
  'IGU-elev i køkkenet': {
    core: 'food-preparation',
    more: ['vegetable-preparation', 'dishwashing', 'food-hygiene-certificate'],
    danish: IGU_DANISH_LOW,
  },
  'IGU: ernæringsassistent i kantinen': {
    core: 'canteen-work',
    more: ['nutrition', 'food-hygiene-certificate', 'special-diets'],
    danish: IGU_DANISH_LOW,
  },
  'IGU-elev: plejehjemsassistent': {
    core: 'elderly-care',
    more: ['personal-care', 'care-hygiene', 'meal-assistance'],
    danish: IGU_DANISH_TALK,
  },
  'IGU: hjælper på plejecenter': {
    core: 'elderly-care',
    more: ['activity-work', 'meal-assistance', 'dementia-care'],
    danish: IGU_DANISH_TALK,
  },
  'IGU-elev: pædagogisk assistent': {
    core: 'childcare',
    more: ['after-school-care', 'homework-help', 'professional-conduct'],
    danish: IGU_DANISH_TALK,
  },
  'IGU: hjælper i hjemmeplejen': {
    core: 'home-care',
    more: ['elderly-care', 'care-hygiene', 'care-documentation'],
    danish: IGU_DANISH_TALK,
  },
  'IGU-elev: byggeri og anlæg': {
    core: 'general-labouring',
    more: ['construction-safety', 'hand-tools', 'groundwork'],
    danish: IGU_DANISH_LOW,
  },
  'IGU: arbejdsmand i byggeriet': {
    core: 'general-labouring',
    more: ['site-clean-up', 'hand-tools', 'scaffolding'],
    danish: IGU_DANISH_LOW,
  },
  'IGU-elev: fødevareproduktion': {
    core: 'food-production',
    more: ['manual-packing', 'food-machinery', 'quality-control'],
    danish: IGU_DANISH_LOW,
  },
  'IGU: procesoperatør': {
    core: 'machine-operation',
    more: ['food-machinery', 'quality-control', 'lean'],
    danish: IGU_DANISH_LOW,
  },
  'IGU-elev: butik og detailhandel': {
    core: 'shop-work',
    more: ['shelf-stacking', 'cashier', 'customer-service'],
    danish: IGU_DANISH_TALK,
  },
  'IGU: butiksmedhjælper': {
    core: 'shelf-stacking',
    more: ['price-marking', 'shop-work', 'customer-service'],
    danish: IGU_DANISH_TALK,
  },
  'IGU-elev: chaufførmedhjælper': {
    core: 'furniture-delivery',
    more: ['parcel-delivery', 'route-planning', 'van-driving'],
    danish: IGU_DANISH_LOW,
  },
  'IGU: lager og transport': {
    core: 'parcel-delivery',
    more: ['van-driving', 'route-planning', 'furniture-delivery'],
    danish: IGU_DANISH_LOW,
  },
  'IGU-elev: gartneri': {
    core: 'greenhouse-work',
    more: ['planting-potting', 'plant-propagation', 'weeding'],
    danish: IGU_DANISH_LOW,
  },
  'IGU: landbrugsmedhjælper': {
    core: 'field-work',
    more: ['animal-feeding', 'farm-machinery', 'harvesting'],
    danish: IGU_DANISH_LOW,
  },
  'IGU-elev: hotel og housekeeping': {
    core: 'hotel-room-cleaning',
    more: ['bed-making', 'linen-room', 'general-cleaning'],
    danish: IGU_DANISH_LOW,
  },
  'IGU: receptions- og serviceassistent': {
    core: 'guest-reception',
    more: ['breakfast-buffet', 'event-setup', 'bed-making'],
    danish: IGU_DANISH_TALK,
  },
};

// biome-ignore format: compact word lists
export const WORDS = [
  'Solsikken', 'Egebakken', 'Lindegården', 'Havblik', 'Bøgely', 'Skovbrynet', 'Kastanjen', 'Fjordglimt',
  'Engblomsten', 'Åbrinken', 'Birkely', 'Møllen', 'Rosenhaven', 'Kildebakken', 'Æblehaven', 'Nordlys', 'Bakkehuset',
  'Valmuen',
];

// biome-ignore format: compact word lists
export const COMPANY_NAMES: Record<string, readonly string[]> = {
  '52': [
    '{town} Lager & Logistik', '{surname} Transport & Lager', '{town} Fragtcenter', 'Centrallageret {town}',
    'Nordlys Distribution {town}', '{word} Logistik',
  ],
  '81': [
    '{town} Rengøring', 'Rent & Pænt {town}', '{surname}s Ejendomsservice', 'Glans Facility {town}',
    '{town} Vinduespolering', '{word} Service',
  ],
  '56': [
    'Restaurant {word}', 'Kantinen i {town}', '{town} Pizza & Grill', 'Café {word}', 'Madhuset {town}',
    '{surname}s Frokostordning',
  ],
  '87': ['Plejecentret {word}', 'Friplejehjemmet {word}', 'Bostedet {word}', 'Plejehjemmet {word}'],
  '88': ['Hjemmeplejen {town}', 'Børnehuset {word}', 'SFO {word}', 'Dagcentret {word}', 'Privat Hjemmepleje {town}'],
  '43': [
    '{surname} Byg', '{town} Murer & Entreprise', '{surname} Malerfirma', 'Nybyg {town}',
    '{surname} & Søn Tømrer og Snedker', '{town} Anlæg & Beton',
  ],
  '10': [
    '{town} Bageri', '{town} Slagteri', '{surname}s Pølsemageri', '{word} Mejeri', '{town} Fødevarer',
    '{town} Frugt & Grønt',
  ],
  '47': [
    '{surname}s Købmand', 'Dagligvarehuset {town}', '{town} Byggemarked', 'Genbrugsbutikken {word}',
    'Grønttorvet {town}', '{town} Isenkram',
  ],
  '49': [
    '{town} Taxa', '{surname} Vognmandsforretning', '{town} Budservice', 'Flextrafik {town}',
    '{surname} Flytteforretning',
  ],
  '01': ['{surname}gård', '{town} Gartneri', '{word} Planteskole', '{surname}s Maskinstation', 'Økogården {word}'],
  '55': ['Hotel {word}', '{town} Kro', '{town} Vandrerhjem', 'Badehotel {word}', 'Konferencecenter {town}'],
};

// biome-ignore format: compact word lists
export const PUBLIC_COMPANY_NAMES: Record<string, readonly string[]> = {
  '87': ['{municipality} Kommune – Plejecentret {word}', '{municipality} Kommune – Plejeboligerne {word}'],
  '88': ['{municipality} Kommune – Hjemmeplejen {town}', '{municipality} Kommune – Børnehuset {word}'],
  '81': ['{municipality} Kommune – Ejendomsservice', '{municipality} Kommune – Rengøringsservice'],
  '56': ['{municipality} Kommune – Kantinen på Rådhuset', '{municipality} Kommune – Madservice'],
  '01': ['{municipality} Kommune – Park og Vej'],
};

export const CONTACT_NOTES = [
  'Besøg: gennemgang af uløste opgaver og mulige praktikforløb.',
  'Telefonopfølgning om praktikantens timer og næste skridt.',
  'Møde med ledelsen om ordinære timer efter praktikken.',
  'Besøg sammen med jobrådgiver: trepartssamtale.',
  'Mail om nye opgaver i højsæsonen.',
  'Møde om IGU-stilling og skoleperioder.',
  'Kort opringning: virksomheden har travlt, ny aftale om besøg.',
  'Netværksmøde i branchen: virksomheden vil gerne tage flere i praktik.',
];

export const FOLLOW_UP_NOTES_GOOD = [
  'Møder stabilt og til tiden. Mentor er tilfreds.',
  'Har lært rutinerne og arbejder mere selvstændigt.',
  'Flere ordinære timer aftalt med virksomheden.',
  'God dialog med kollegerne; danskken bliver bedre.',
  'Arbejder i godt tempo og tager selv initiativ.',
  'Mentor foreslår at udvide med en ekstra vagt.',
];
export const FOLLOW_UP_NOTES_STALLED = [
  'Timerne er ikke steget; aftalt at tale med mentor om flere opgaver.',
  'Sygdom i familien har givet fravær. Ny plan aftalt.',
  'Virksomheden har færre opgaver i denne periode.',
];

export const EDUCATION_TEXTS = [
  '9 års skolegang. Har arbejdet flere år i familiens butik.',
  'Gymnasium. Har arbejdet som lagermedarbejder og chauffør.',
  'Grundskole. Erfaring med landbrug og dyrehold.',
  '12 års skolegang. Har arbejdet som kok på en restaurant.',
  'Ingen formel uddannelse. Erfaring med byggeri og malerarbejde.',
  'Erhvervsuddannelse som frisør. Har passet børn i flere år.',
  'Universitetsstudier (ikke afsluttet). Erfaring med kundeservice.',
  'Grundskole. Har arbejdet med rengøring og på hotel.',
  '10 års skolegang. Erfaring fra tekstilfabrik og pakkeri.',
  'Har arbejdet som sælger og i et bageri.',
];

export const SUMMARY_TEXTS = [
  'Motiveret for at komme i arbejde og vil gerne lære mere dansk på en arbejdsplads.',
  'Stabil og mødefast. Ønsker praktisk arbejde med mulighed for faste timer.',
  'Vil gerne arbejde med mennesker og på sigt tage en uddannelse.',
  'Har erfaring fra hjemlandet og vil gerne bruge den i Danmark.',
  'Ønsker et job tæt på hjemmet, så det kan passe med børnenes institution.',
  'Trives med fysisk arbejde og et fast team.',
  'Har brug for en rolig start med få timer og en mentor.',
];

export const ACCOMMODATIONS = [
  'Kan ikke løfte over 10 kg på grund af rygproblemer.',
  'Har brug for pauser og korte arbejdsdage i starten.',
  'Undgår nattearbejde efter aftale med egen læge.',
  'Kan ikke stå op i mere end en time ad gangen.',
];

// biome-ignore format: compact word lists
export const FOREIGN_EDUCATIONS = [
  'Sygeplejerske', 'Folkeskolelærer', 'Elektriker', 'Automekaniker', 'Bachelor i økonomi', 'Bygningsingeniør',
  'Farmaceut', 'Revisor', 'Tandlæge', 'Svejser', 'Frisør', 'Kok', 'IT-supporter', 'Agronom',
];

export const ENDED_NOTES: Record<string, string> = {
  COMPLETED: 'Forløbet er gennemført efter planen. Næste skridt aftales med jobrådgiveren.',
  ENDED_EARLY: 'Forløbet stoppede før tid efter aftale; der var for lidt arbejde i perioden.',
  CONVERTED_TO_ORDINARY_HOURS: 'Virksomheden har ansat på ordinære timer.',
  EDUCATION_STARTED: 'Er startet på en erhvervsuddannelse.',
};

export const DECLINE_REASONS = [
  'Virksomheden har ikke plads til en praktikant lige nu.',
  'Opgaven kræver mere dansk end borgeren har i dag.',
  'Arbejdstiderne passer ikke med borgerens danskundervisning.',
];
export const WITHDRAW_REASONS = [
  'Borgeren er startet på danskuddannelse på fuld tid.',
  'Borgeren har fundet et job selv.',
  'Transporten til virksomheden er for lang.',
];

export const DANISH_LEVELS: readonly (readonly [DanishLevelRow, number])[] = [
  ['NONE', 18],
  ['A1', 30],
  ['A2', 27],
  ['B1', 16],
  ['B2', 6],
  ['C1', 3],
];
