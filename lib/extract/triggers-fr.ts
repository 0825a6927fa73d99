/**
 * French and Kreyòl words for the kinds of event (triggers.ts holds the English ones): "une
 * embuscade", "des échanges de tirs", "ont attaqué", "pris d'assaut", "incendié", "enlevés",
 * "massacre", "criblé de balles", "coups de feu", "interpellés"; Kreyòl "atak", "masak", "kidnape".
 * JavaScript's \b does not know accented letters: letters on neither side instead.
 */
import type { IncidentType } from './schema';

const A = '(?<![\\p{L}\\p{N}])';
const Z = '(?![\\p{L}\\p{N}])';
const word = (alternatives: string) => new RegExp(`${A}(?:${alternatives})${Z}`, 'giu');
/** Every agreement of a participle: attaqué, attaqués, attaquée, attaquées. */
const agreeing = (stems: string) =>
  stems
    .trim()
    .split(/\s+/)
    .map((s) => `${s}(?:e|s|es)?`)
    .join('|');

/** « ont mené le lundi 13 janvier (2025) une opération », « a lancé hier soir une opération »: the day between. */
const WHEN_BETWEEN =
  '(?: (?:le |ce )?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: \\d{1,2}(?: \\p{L}+(?: \\d{4})?)?)?|\\d{1,2} \\p{L}+(?: \\d{4})?|hier)(?: soir| matin)?,?)?';

export const FRENCH_TYPE_PATTERNS: Array<[IncidentType, RegExp]> = [
  [
    'ambush',
    word(`embuscades?|guet-apens|anbiskad|tendu une embuscade|pris en embuscade|${agreeing('embusqué')}`),
  ],
  [
    'armed_clash',
    word(
      `affrontements?|affronté(?:e|s|es)?|s['’]affront(?:ent|aient|èrent)|échanges? de tirs|échanges? de coups de feu|accrochages?|combats?|violents combats|(?:lancé|mené|conduit|effectué|déclenché|lancent|mènent|mène|lance)${WHEN_BETWEEN} une (?:(?:vaste|grande|nouvelle|importante|large) )*opération|opération (?:policière|conjointe|antigang|anti-gang|militaire|de police)|offensive contre|fiziyad|batay`,
    ),
  ],
  [
    'attack',
    word(
      `attaques?|${agreeing('attaqué')}|attaquer|assauts?|pris d['’]assaut|incursions?|${agreeing('incendié')}|incendier|mis le feu|mettre le feu|${agreeing('pillé')}|pillages?|${agreeing('envahi')}|s['’]emparer|ont tiré sur|a tiré sur|ouvert le feu|fait irruption|font irruption|faisant irruption|${agreeing('ciblé')}|(?:c['’]était|ce fut|c['’]est) au tour (?:de|du|des)|frappes? (?:de drones?|aériennes?|par drones?)|(?:a|ont|avait|avaient) visé(?:e|s|es)?|atak|atake|anvayi|boule|tire sou|louvri zam|louvri dife`,
    ),
  ],
  [
    'kidnapping',
    word(
      `enlèvements?|${agreeing('enlevé')}|kidnappings?|${agreeing('kidnappé')}|pris en otage|prises? d['’]otages?|otages|${agreeing('séquestré')}|kidnapin|kidnape`,
    ),
  ],
  [
    'killing',
    word(
      `massacres?|${agreeing('massacré')}|${agreeing('tué')}|tueries?|assassinats?|${agreeing('assassiné')}|${agreeing('abattu')}|${agreeing('exécuté')}(?!\\s+(?:leur|leurs|son|sa|ses|un|une|le|la|les|ce|cette|l['’])\\s*(?:plans?|projets?|menaces?|ordres?|missions?|opérations?|programmes?|budgets?|mandats?|décisions?))|${agreeing('lynché')}|carnage|${agreeing('criblé')} de balles|masak|touye|asasinen`,
    ),
  ],
  [
    'gunfire',
    word(`tirs?|coups de feu|rafales?|balles perdues?|par balles?|fusillades?|tirs nourris|kout bal`),
  ],
  [
    'arrest',
    word(
      `${agreeing('arrêté')}|arrestations?|${agreeing('interpellé')}|${agreeing('appréhendé')}|mis aux arrêts|garde à vue|arete`,
    ),
  ],
  ['evacuation', word(`${agreeing('évacué')}|évacuation`)],
];
