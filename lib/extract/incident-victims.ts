/**
 * Who an event's victims are, across its sentences: a "he" whose side only the other victims tell,
 * and the people taken in a kidnapping (incident-casualties.ts counts them).
 */
import type { CasualtyMention } from './casualties';
import type { CasualtyDraft } from './schema';

/** "Police said they killed 3 bandits", « Lapolis di li touye 3 bandi »: the forces did the killing. */
export const FORCES_KILLED =
  /\b(?:police|pnh|hnp|lapolis|forces|troops|soldiers|officers|policiers)\b[^.;]{0,40}?\b(?:killed|kill|kills|touye|tué|tués|abattu|abattus|neutralis\w*)/iu;
/** "Among the dead were …", « Parmi les victimes … »: who the victims were, not a toll of its own. */
export const LISTING = /^\W*(?:among (?:the|those)|parmi (?:les|eux|elles))\b/i;

/** A "he" or "him" whose side was not clear takes the side the event's other victims are on. */
/** "officer" and "officers": one noun, singular or plural. */
function sameHead(a: CasualtyMention, b: CasualtyMention): boolean {
  const bare = (h: string | null) => h?.replace(/s$/, '') ?? null;
  return a.phrase.head !== null && bare(a.phrase.head) === bare(b.phrase.head);
}

export function fillSides(mentions: CasualtyMention[]): CasualtyMention[] {
  const known = mentions.find(
    (m) => m.affiliation === 'mss' || m.affiliation === 'police' || m.affiliation === 'army',
  );
  // "L'agent a été blessé", "the officer": one already told of, whose side was only guessed.
  const pointsBack = (m: CasualtyMention) =>
    m.phrase.pronoun || (m.phrase.definite && m.sideInferred && m.count === 1);
  const out: CasualtyMention[] = [];
  for (const m of mentions) {
    // "…had treated nine people … Two of them later died": some of the people told just before.
    const group =
      m.phrase.pronoun && m.count > 1 && m.affiliation === 'unknown'
        ? out.findLast((o) => o.count >= m.count && o.cueStart < m.cueStart)
        : undefined;
    if (group) {
      out.push({ ...m, affiliation: group.affiliation, country: group.country });
      continue;
    }
    // "Two of his colleagues", « deux de ses collègues »: on the side of the victim just told.
    // "a police inspector was killed and two other officers were wounded": others of the same force.
    const other = m.phrase.other && m.sideInferred;
    // "killing four officers and a taxi driver … A fourth officer … two other wounded officers": the
    // officers told before, not the driver told last.
    const sameNoun = other ? out.findLast((o) => !o.colleagues && sameHead(o, m)) : undefined;
    const peer =
      sameNoun ??
      (m.colleagues || other
        ? out.findLast((o) => !o.colleagues && (m.colleagues || !o.sideInferred))
        : undefined);
    if (peer)
      out.push({
        ...m,
        affiliation: peer.affiliation,
        country: peer.country,
        sideInferred: peer === sameNoun && peer.sideInferred,
      });
    else if ((m.affiliation === 'unknown' || m.sideInferred) && pointsBack(m) && known && known !== m)
      out.push({ ...m, affiliation: known.affiliation, country: known.country });
    else out.push(m);
  }
  return out;
}

/** People taken (kidnapped), for the incident's own list and title. */
export function abducted(
  mentions: CasualtyMention[],
): { count: number; hedge: CasualtyDraft['hedge'] } | null {
  // One cue may name several groups ("a missionary and her two children"): they add up.
  const byCue = new Map<number, { count: number; hedge: CasualtyDraft['hedge'] }>();
  for (const m of mentions) {
    if (m.kind !== 'kidnapped') continue;
    const sum = byCue.get(m.cueStart) ?? { count: 0, hedge: m.hedge };
    sum.count += m.count;
    byCue.set(m.cueStart, sum);
  }
  let top: { count: number; hedge: CasualtyDraft['hedge'] } | null = null;
  for (const s of byCue.values()) if (!top || s.count > top.count) top = s;
  return top;
}
