/**
 * The built-in gazetteer: Haiti, its ten departments, the communes of the Port-au-Prince area
 * and of the Artibonite, the department capitals, and the neighbourhoods and sites the reports
 * name. Coordinates are WGS84 (lat, lng) of the place's centre; `radiusM` says how far from it
 * the place may extend, so that a commune is never drawn as an exact pin.
 *
 * Entries are ordered parents first. `key` is stable: the seed upserts by it, so correcting
 * a coordinate here corrects installed databases on their next start.
 */
export type GazetteerKind = 'country' | 'department' | 'commune' | 'neighbourhood' | 'site';

export interface GazetteerEntry {
  /** Database id, when the entry was read from the store (editors can add places). */
  id?: number;
  key: string;
  name: string;
  kind: GazetteerKind;
  parent: string | null;
  lat: number;
  lng: number;
  aliases?: string[];
  pcode?: string;
  radiusM?: number;
}

/** Default extent by kind, when an entry does not give its own. */
export const DEFAULT_RADIUS_M: Record<GazetteerKind, number> = {
  country: 150_000,
  department: 40_000,
  commune: 6_000,
  neighbourhood: 1_500,
  site: 300,
};

const dep = (key: string, name: string, pcode: string, lat: number, lng: number, aliases: string[] = []) =>
  ({ key, name, kind: 'department', parent: 'haiti', lat, lng, pcode, aliases }) as const;
const commune = (
  key: string,
  name: string,
  parent: string,
  lat: number,
  lng: number,
  aliases: string[] = [],
) => ({ key, name, kind: 'commune', parent, lat, lng, aliases }) as const;

export const GAZETTEER: readonly GazetteerEntry[] = [
  {
    key: 'haiti',
    name: 'Haiti',
    kind: 'country',
    parent: null,
    lat: 18.97,
    lng: -72.29,
    pcode: 'HT',
    aliases: ['Haïti', 'Ayiti', 'Republic of Haiti'],
  },

  dep('ouest', 'Ouest', 'HT01', 18.5, -72.3, ['West', 'West department', 'Lwès']),
  dep('sud-est', 'Sud-Est', 'HT02', 18.28, -72.35, ['South-East', 'Southeast', 'Sidès']),
  dep('nord', 'Nord', 'HT03', 19.6, -72.2, ['North', 'Nò']),
  dep('nord-est', 'Nord-Est', 'HT04', 19.5, -71.85, ['North-East', 'Northeast', 'Nòdès']),
  dep('artibonite', 'Artibonite', 'HT05', 19.3, -72.55, [
    'Latibonit',
    'Artibonite Valley',
    "Vallée de l'Artibonite",
  ]),
  dep('centre', 'Centre', 'HT06', 19.05, -71.95, ['Center', 'Plateau Central', 'Sant']),
  dep('sud', 'Sud', 'HT07', 18.25, -73.75, ['South', 'Sid']),
  dep('grand-anse', "Grand'Anse", 'HT08', 18.5, -74.1, ['Grand Anse', 'Grande-Anse', 'Grandanse']),
  dep('nord-ouest', 'Nord-Ouest', 'HT09', 19.8, -72.9, ['North-West', 'Northwest', 'Nòdwès']),
  dep('nippes', 'Nippes', 'HT10', 18.4, -73.3, ['Nip']),

  // Ouest: the Port-au-Prince metropolitan area and its neighbours.
  commune('port-au-prince', 'Port-au-Prince', 'ouest', 18.5425, -72.3386, [
    'Pòtoprens',
    'PAP',
    'Port au Prince',
    'the capital',
  ]),
  commune('delmas', 'Delmas', 'ouest', 18.5447, -72.3027, ['Dèlma']),
  commune('petion-ville', 'Pétion-Ville', 'ouest', 18.5125, -72.2853, [
    'Petionville',
    'Pétionville',
    'Petion Ville',
    'Pyonvil',
  ]),
  commune('tabarre', 'Tabarre', 'ouest', 18.5808, -72.2686, ['Tabar']),
  commune('cite-soleil', 'Cité Soleil', 'ouest', 18.5833, -72.3333, [
    'Cite Soleil',
    'Site Solèy',
    'Cité-Soleil',
  ]),
  commune('carrefour', 'Carrefour', 'ouest', 18.5344, -72.4094, ['Kafou']),
  commune('croix-des-bouquets', 'Croix-des-Bouquets', 'ouest', 18.5775, -72.2265, [
    'Kwadebouke',
    'Croix des Bouquets',
  ]),
  commune('kenscoff', 'Kenscoff', 'ouest', 18.45, -72.2833, ['Kenskòf']),
  commune('gressier', 'Gressier', 'ouest', 18.5333, -72.5167, ['Gresye']),
  commune('cabaret', 'Cabaret', 'ouest', 18.7333, -72.4167, ['Kabarè', 'Duvalierville']),
  commune('arcahaie', 'Arcahaie', 'ouest', 18.7667, -72.5167, ["L'Arcahaie", 'Akayè']),
  commune('leogane', 'Léogâne', 'ouest', 18.5111, -72.6339, ['Leogane', 'Leyogàn']),
  commune('ganthier', 'Ganthier', 'ouest', 18.5333, -72.0667, ['Gantye']),
  commune('thomazeau', 'Thomazeau', 'ouest', 18.65, -72.0833, ['Tomazo']),
  commune('cornillon', 'Cornillon', 'ouest', 18.6667, -71.95, ['Grand-Bois']),

  // Artibonite: all its communes.
  commune('gonaives', 'Gonaïves', 'artibonite', 19.4456, -72.689, ['Gonaives', 'Gonayiv', 'Les Gonaïves']),
  commune('ennery', 'Ennery', 'artibonite', 19.4833, -72.4833, ['Enri']),
  commune('lestere', "L'Estère", 'artibonite', 19.3167, -72.6167, ['Lestere', 'Estère']),
  commune('gros-morne', 'Gros-Morne', 'artibonite', 19.6667, -72.6833, ['Gwo Mòn']),
  commune('anse-rouge', 'Anse-Rouge', 'artibonite', 19.6333, -73.05, ['Ansewouj']),
  commune('terre-neuve', 'Terre-Neuve', 'artibonite', 19.6, -72.7833, ['Tènèv']),
  commune('marmelade', 'Marmelade', 'artibonite', 19.5167, -72.3667, ['Mamlad']),
  commune('saint-michel-de-lattalaye', "Saint-Michel-de-l'Attalaye", 'artibonite', 19.3667, -72.3333, [
    "Saint-Michel de l'Atalaye",
    'Sen Michèl',
  ]),
  commune('saint-marc', 'Saint-Marc', 'artibonite', 19.1083, -72.6939, ['St-Marc', 'St Marc', 'Sen Mak']),
  commune('verrettes', 'Verrettes', 'artibonite', 19.05, -72.4667, ['Verettes', 'Verèt']),
  commune('la-chapelle', 'La Chapelle', 'artibonite', 18.95, -72.3167, ['Lachapèl']),
  commune('liancourt', 'Liancourt', 'artibonite', 19.1333, -72.5333, ['Lyankou']),
  commune('dessalines', 'Dessalines', 'artibonite', 19.2667, -72.5167, [
    'Marchand-Dessalines',
    'Marchand Dessalines',
    'Desalin',
  ]),
  commune('desdunes', 'Desdunes', 'artibonite', 19.2833, -72.65, ['Dedin']),
  commune('grande-saline', 'Grande-Saline', 'artibonite', 19.2667, -72.7667, ['Grann Salin']),
  commune(
    'petite-riviere-de-lartibonite',
    "Petite-Rivière-de-l'Artibonite",
    'artibonite',
    19.1333,
    -72.4833,
    ['Petite Rivière', "Petite Rivière de l'Artibonite", 'Petite-Riviere', 'Ti Rivyè'],
  ),

  // Department capitals elsewhere, so reports beyond the two focus areas still place.
  commune('cap-haitien', 'Cap-Haïtien', 'nord', 19.7578, -72.2047, [
    'Cap-Haitien',
    'Cap Haitien',
    'Okap',
    'Le Cap',
  ]),
  commune('fort-liberte', 'Fort-Liberté', 'nord-est', 19.6628, -71.8381, ['Fort Liberte', 'Fòlibète']),
  commune('port-de-paix', 'Port-de-Paix', 'nord-ouest', 19.9394, -72.8306, ['Port de Paix', 'Pòdepè']),
  commune('hinche', 'Hinche', 'centre', 19.15, -72.0167, ['Ench']),
  commune('mirebalais', 'Mirebalais', 'centre', 18.8333, -72.1, ['Mibalè']),
  commune('jacmel', 'Jacmel', 'sud-est', 18.2342, -72.5347, ['Jakmèl']),
  commune('les-cayes', 'Les Cayes', 'sud', 18.2, -73.75, ['Cayes', 'Okay', 'Aux Cayes']),
  commune('jeremie', 'Jérémie', 'grand-anse', 18.65, -74.1167, ['Jeremie', 'Jeremi']),
  commune('miragoane', 'Miragoâne', 'nippes', 18.4425, -73.0886, ['Miragoane', 'Miragwàn']),

  // Port-au-Prince neighbourhoods.
  {
    key: 'downtown-port-au-prince',
    name: 'Downtown Port-au-Prince',
    kind: 'neighbourhood',
    parent: 'port-au-prince',
    lat: 18.5445,
    lng: -72.34,
    aliases: ['Downtown', 'Centre-ville', 'Centre-ville de Port-au-Prince', 'Anba lavil'],
  },
  {
    key: 'bel-air',
    name: 'Bel Air',
    kind: 'neighbourhood',
    parent: 'port-au-prince',
    lat: 18.548,
    lng: -72.337,
    aliases: ['Bel-Air', 'Bèlè'],
  },
  {
    key: 'martissant',
    name: 'Martissant',
    kind: 'neighbourhood',
    parent: 'port-au-prince',
    lat: 18.53,
    lng: -72.36,
    aliases: ['Matisan'],
  },
  {
    key: 'solino',
    name: 'Solino',
    kind: 'neighbourhood',
    parent: 'port-au-prince',
    lat: 18.552,
    lng: -72.325,
  },
  {
    key: 'carrefour-feuilles',
    name: 'Carrefour-Feuilles',
    kind: 'neighbourhood',
    parent: 'port-au-prince',
    lat: 18.535,
    lng: -72.335,
    aliases: ['Kafou Fèy'],
  },
  {
    key: 'turgeau',
    name: 'Turgeau',
    kind: 'neighbourhood',
    parent: 'port-au-prince',
    lat: 18.535,
    lng: -72.323,
  },
  {
    key: 'canape-vert',
    name: 'Canapé-Vert',
    kind: 'neighbourhood',
    parent: 'port-au-prince',
    lat: 18.53,
    lng: -72.315,
    aliases: ['Canape Vert'],
  },
  {
    key: 'thomassin',
    name: 'Thomassin',
    kind: 'neighbourhood',
    parent: 'petion-ville',
    lat: 18.4667,
    lng: -72.3,
    radiusM: 3000,
    aliases: ['Tomasen'],
  },
  {
    key: 'place-saint-pierre',
    name: 'Place Saint-Pierre',
    kind: 'site',
    parent: 'petion-ville',
    lat: 18.5128,
    lng: -72.2856,
    aliases: ['Place St-Pierre'],
  },
  {
    key: 'croix-des-missions',
    name: 'Croix-des-Missions',
    kind: 'neighbourhood',
    parent: 'tabarre',
    lat: 18.59,
    lng: -72.29,
    aliases: ['Kwadèmisyon'],
  },

  // Sites in the capital.
  {
    key: 'us-embassy',
    name: 'U.S. Embassy',
    kind: 'site',
    parent: 'tabarre',
    lat: 18.5763,
    lng: -72.2795,
    aliases: ['US Embassy', 'United States Embassy', 'American Embassy', 'embassy'],
  },
  {
    key: 'toussaint-louverture-airport',
    name: 'Toussaint Louverture International Airport',
    kind: 'site',
    parent: 'tabarre',
    lat: 18.58,
    lng: -72.2925,
    radiusM: 1500,
    aliases: [
      'international airport',
      'Port-au-Prince airport',
      'main international airport',
      'Aéroport Toussaint Louverture',
      'PAP airport',
    ],
  },
  {
    key: 'port-international-pap',
    name: 'Port of Port-au-Prince',
    kind: 'site',
    parent: 'port-au-prince',
    lat: 18.555,
    lng: -72.349,
    radiusM: 800,
    aliases: ['seaport', 'main seaport', 'Port international de Port-au-Prince', 'APN'],
  },
  {
    key: 'haitian-police-academy',
    name: 'Haitian Police Academy',
    kind: 'site',
    parent: 'petion-ville',
    lat: 18.517,
    lng: -72.245,
    radiusM: 1000,
    aliases: [
      'Police Academy',
      'Académie nationale de police',
      'Académie de police',
      'National Police Academy',
    ],
  },
  {
    key: 'aspen-level-2-hospital',
    name: 'Aspen Level 2 Hospital',
    kind: 'site',
    parent: 'tabarre',
    lat: 18.577,
    lng: -72.296,
    radiusM: 1000,
    aliases: ['Aspen Level Two Hospital', 'Aspen Hospital'],
  },
  {
    key: 'national-palace',
    name: 'National Palace',
    kind: 'site',
    parent: 'downtown-port-au-prince',
    lat: 18.5434,
    lng: -72.3389,
    aliases: ['Palais national', 'Champ de Mars'],
  },

  // Lower Artibonite: the Pont-Sondé area, a communal section of Saint-Marc.
  {
    key: 'pont-sonde',
    name: 'Pont-Sondé',
    kind: 'neighbourhood',
    parent: 'saint-marc',
    lat: 19.1519,
    lng: -72.6106,
    radiusM: 3000,
    aliases: ['Pont Sondé', 'Pont-Sonde', 'Pon Sonde'],
  },
  {
    key: 'segur-savien',
    name: 'Ségur-Savien',
    kind: 'neighbourhood',
    parent: 'pont-sonde',
    lat: 19.165,
    lng: -72.628,
    radiusM: 2000,
    aliases: ['Segur-Savien', 'Seguin', 'Savien', 'Ségur Savien'],
  },
  {
    key: 'savien-police-station',
    name: 'Savien Police Station',
    kind: 'site',
    parent: 'segur-savien',
    lat: 19.165,
    lng: -72.628,
    radiusM: 1000,
    aliases: ['Savien police station', 'commissariat de Savien'],
  },
  {
    key: 'telesco',
    name: 'Telesco',
    kind: 'neighbourhood',
    parent: 'pont-sonde',
    lat: 19.148,
    lng: -72.6,
    radiusM: 3000,
    aliases: ['Télésco'],
  },

  // Further places reports name often (more neighbourhoods and towns around the two focus areas).
  {
    key: 'wharf-jeremie',
    name: 'Wharf Jérémie',
    kind: 'neighbourhood',
    parent: 'cite-soleil',
    lat: 18.5665,
    lng: -72.3545,
    aliases: ['Wharf Jeremie', 'Warf Jérémie', 'Wharf de Jérémie'],
  },
  {
    key: 'village-de-dieu',
    name: 'Village de Dieu',
    kind: 'neighbourhood',
    parent: 'port-au-prince',
    lat: 18.536,
    lng: -72.352,
    aliases: ['Village-de-Dieu', 'Vilaj Dye'],
  },
  {
    key: 'canaan',
    name: 'Canaan',
    kind: 'neighbourhood',
    parent: 'croix-des-bouquets',
    lat: 18.64,
    lng: -72.27,
    radiusM: 4000,
    aliases: ['Kanaran', 'Canaan area'],
  },
  {
    key: 'fond-parisien',
    name: 'Fond-Parisien',
    kind: 'neighbourhood',
    parent: 'ganthier',
    lat: 18.504,
    lng: -71.979,
    radiusM: 2000,
    aliases: ['Fond Parisien'],
  },
  {
    key: 'fermathe',
    name: 'Fermathe',
    kind: 'neighbourhood',
    parent: 'kenscoff',
    lat: 18.458,
    lng: -72.304,
    radiusM: 2000,
    aliases: ['Fèmat'],
  },
  {
    key: 'furcy',
    name: 'Furcy',
    kind: 'neighbourhood',
    parent: 'kenscoff',
    lat: 18.41,
    lng: -72.287,
    radiusM: 2000,
  },
  {
    key: 'source-matelas',
    name: 'Source Matelas',
    kind: 'neighbourhood',
    parent: 'cabaret',
    lat: 18.706,
    lng: -72.385,
    radiusM: 2500,
    aliases: ['Sous Matla'],
  },
  commune('saut-deau', "Saut-d'Eau", 'centre', 18.817, -72.2, ["Saut d'Eau", 'Sodo']),
  commune('lascahobas', 'Lascahobas', 'centre', 18.833, -71.933, ['Laskawobas']),
  commune('boucan-carre', 'Boucan-Carré', 'centre', 18.95, -72.2, ['Boucan Carre', 'Boukan Kare']),
  {
    key: 'montrouis',
    name: 'Montrouis',
    kind: 'neighbourhood',
    parent: 'saint-marc',
    lat: 18.95,
    lng: -72.7,
    radiusM: 3000,
    aliases: ['Mont-Rouis', 'Monwi'],
  },
];
