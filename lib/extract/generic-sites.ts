/**
 * "Gunmen opened fire inside an old military hospital in Haiti's capital. … the facility, better
 * known as the General Hospital, …": the event's sentence names a kind of site, a sentence
 * beside it names which one. When the event's own place is a commune or wider, the one named site
 * of that kind told close by (not one the wounded were taken to) is the sharper scene, flagged so
 * the editor checks it. Two named sites of the kind close by: no choice is made.
 */
import type { PlaceUse, SentenceFacts } from './analyze';
import { CARE_WORDS } from './place-role-words';
import type { GazetteerIndex } from './places';

/** A kind of site the gazetteer names, as a common noun in English, French or Kreyòl, and the names of its members. */
const SITE_KINDS: Array<{ noun: RegExp; name: RegExp }> = [
  {
    noun: /hospital|hôpital|hopital|lopital|clinic|clinique/,
    name: /hospital|hôpital|hopital|lopital|clinic|clinique/i,
  },
  { noun: /orphanage|orphelinat/, name: /orphanage|orphelinat/i },
  { noun: /prison|penitentiary|pénitencier/, name: /prison|penitentiary|pénitencier|penitencier/i },
  { noun: /police station|commissariat|sous-commissariat/, name: /police station|commissariat/i },
  { noun: /market|marché/, name: /market|marché|mache/i },
  { noun: /church|église|cathedral|cathédrale/, name: /church|église|eglise|cathedral|cathédrale/i },
  {
    noun: /school|école|lycée|university|université/,
    name: /school|école|ecole|lycée|lycee|university|université/i,
  },
];

// "inside an old military hospital", "at the orphanage", "dans un hôpital": a site told by its kind.
const GENERIC_SITE =
  /\b(?:in|inside|at|into|on|outside|stormed|attacked|raided|targeted|dans|à|devant)\s+(?:an?|the|un|une|le|la|l['’])\s*(?:[a-z][\w-]*\s+){0,2}(hospital|hôpital|clinic|clinique|orphanage|orphelinat|prison|penitentiary|police station|commissariat|market|marché|church|église|cathedral|school|école|lycée|university)\b/;

function kindOf(text: string) {
  const m = GENERIC_SITE.exec(text);
  if (!m?.[1]) return null;
  const noun = m[1].toLowerCase();
  return SITE_KINDS.find((k) => k.noun.test(noun)) ?? null;
}

/** Where the wounded were taken, not where the violence was: "treated at La Paix Hospital". */
function isCareDestination(u: PlaceUse, f: SentenceFacts): boolean {
  if (u.role === 'destination') return true;
  for (let k = u.mention.tokStart - 1; k >= Math.max(0, u.mention.tokStart - 4); k--) {
    if (CARE_WORDS.has(f.tokens[k]?.norm ?? '')) return true;
  }
  return false;
}

/**
 * The named site of the kind the event's sentences name, told within two sentences after (or one
 * before) and inside `within` (the place already chosen), when exactly one such site is named.
 */
export function namedSiteOfKind(
  core: readonly SentenceFacts[],
  facts: readonly SentenceFacts[],
  otherEvents: ReadonlySet<number>,
  within: string | null,
  index: GazetteerIndex,
): PlaceUse | null {
  const kind = core.map((f) => kindOf(f.sentence.text)).find((k) => k !== null);
  if (!kind || core.length === 0) return null;
  const first = Math.min(...core.map((f) => f.sentence.index));
  const last = Math.max(...core.map((f) => f.sentence.index));
  const found = new Map<string, PlaceUse>();
  for (const f of facts) {
    const i = f.sentence.index;
    if (i < first - 1 || i > last + 2 || f.skip || f.background || otherEvents.has(i)) continue;
    for (const u of f.places) {
      const e = u.mention.entry;
      if (e.kind !== 'site' || u.mention.weak || !kind.name.test(e.name)) continue;
      if (isCareDestination(u, f)) continue;
      if (within && !index.lineage(e.key).includes(within)) continue;
      if (!found.has(e.key)) found.set(e.key, u);
    }
  }
  return found.size === 1 ? ([...found.values()][0] ?? null) : null;
}
