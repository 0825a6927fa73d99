/**
 * How sure we are that an incident happened as told, in Airwars' manner, from its sources and the
 * editor's review:
 *
 * - contested: its sources disagree on whether it happened (an editor marked a source as saying it
 *   did not) or on who did it (two name different armed groups);
 * - confirmed: two or more independent sources, or an official statement (the police, the mission,
 *   the UN, a ministry speaking for itself or quoted "in a statement");
 * - fair: one credible source (a named news outlet or site), or a lone source of unknown origin
 *   that an editor has reviewed;
 * - weak: a single source of unknown origin (no outlet, no address) that no editor has reviewed,
 *   or one only on social media.
 *
 * Independent means another origin: syndicated copies of one wire story (the same AP, Reuters,
 * AFP or EFE dispatch; the same sentences in two outlets) count as one source.
 */

export const GRADES = ['confirmed', 'fair', 'weak', 'contested'] as const;
export type Grade = (typeof GRADES)[number];

export const GRADE_LABELS: Record<Grade, string> = {
  confirmed: 'Confirmed',
  fair: 'Fair',
  weak: 'Weak',
  contested: 'Contested',
};

export interface GradedSource {
  reportId: number;
  outlet: string | null;
  url: string | null;
  excerpt: string;
  /** The source says the event did not happen. */
  denies?: boolean;
}

export interface GradedPerpetrator {
  key: string | null;
  name: string;
  type: string;
  reportIds: readonly number[];
}

const WIRES: [RegExp, string][] = [
  [/\b(?:AP|Associated Press)\b/, 'wire:ap'],
  [/\bReuters\b/i, 'wire:reuters'],
  [/\b(?:AFP|Agence France[- ]Presse)\b/, 'wire:afp'],
  [/\bEFE\b/, 'wire:efe'],
];

const SOCIAL =
  /(?:^|\.)(?:twitter\.com|x\.com|facebook\.com|fb\.watch|t\.me|instagram\.com|tiktok\.com|youtube\.com|youtu\.be|whatsapp\.com)$/i;

/** Official bodies, as an outlet or as the sayer of a statement the source quotes. */
const OFFICIAL_OUTLET =
  /\b(?:Multinational Security Support|MSS|Gang Suppression Force|Haitian National Police|Police nationale d['’]Ha[iï]ti|PNH|BINUH|OHCHR|United Nations|UN News|Minist(?:ry|[eè]re)|Government of Haiti|Gouvernement)\b/i;
const OFFICIAL_STATEMENT =
  /\b(?:police|mission|MSS|ministry|government|UN|United Nations|spokesperson|spokesman|PNH)\b[^.]{0,60}\b(?:said in a statement|statement|communiqu[eé])|\b(?:according to|selon) (?:a|an|the|un|le|la) (?:statement|communiqu[eé]) (?:from|by|of|de|du|de la) (?:the )?(?:police|mission|MSS|ministry|government|UN|PNH)/i;

function host(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '').toLowerCase();
  } catch {
    return null;
  }
}

const sameWords = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The origin a source's story comes from: its wire service, else its outlet, else its site. */
export function sourceOrigin(s: GradedSource): string {
  for (const [pattern, wire] of WIRES) if (s.outlet && pattern.test(s.outlet)) return wire;
  const outlet = s.outlet?.trim().toLowerCase();
  return outlet ? `outlet:${outlet}` : `site:${host(s.url) ?? `report-${s.reportId}`}`;
}

/** How many independent origins: one per wire or outlet, and copies of the same sentences count once. */
export function independentSources(sources: readonly GradedSource[]): number {
  const origins: { origin: string; text: string }[] = [];
  for (const s of sources) {
    const origin = sourceOrigin(s);
    const text = sameWords(s.excerpt);
    if (origins.some((o) => o.origin === origin || (text.length > 40 && o.text === text))) continue;
    origins.push({ origin, text });
  }
  return origins.length;
}

const isOfficial = (s: GradedSource) =>
  (s.outlet !== null && OFFICIAL_OUTLET.test(s.outlet)) || OFFICIAL_STATEMENT.test(s.excerpt);

const isSocialOnly = (s: GradedSource) => {
  const site = host(s.url);
  return site !== null && SOCIAL.test(site);
};

/** Named armed groups, by the sources naming each: two sources blaming different ones disagree. */
function disagreeOnWho(perpetrators: readonly GradedPerpetrator[]): boolean {
  const named = perpetrators.filter(
    (p) => (p.type === 'armed_group' || p.type === 'coalition') && p.key !== 'unnamed-gang',
  );
  for (const a of named)
    for (const b of named)
      if (
        a !== b &&
        a.reportIds.some((r) => !b.reportIds.includes(r)) &&
        b.reportIds.some((r) => !a.reportIds.includes(r))
      )
        return true;
  return false;
}

export function gradeIncident(input: {
  sources: readonly GradedSource[];
  perpetrators: readonly GradedPerpetrator[];
  reviewed: boolean;
}): { grade: Grade; reason: string } {
  const { sources } = input;
  if (sources.some((s) => s.denies)) return { grade: 'contested', reason: 'a source says it did not happen' };
  if (disagreeOnWho(input.perpetrators))
    return { grade: 'contested', reason: 'its sources blame different armed groups' };
  const independent = independentSources(sources);
  if (independent >= 2) return { grade: 'confirmed', reason: `${independent} independent sources` };
  if (sources.some(isOfficial)) return { grade: 'confirmed', reason: 'an official statement' };
  if (sources.length > 0 && sources.every(isSocialOnly))
    return { grade: 'weak', reason: 'only on social media' };
  const known = sources.some((s) => Boolean(s.outlet?.trim()) || host(s.url) !== null);
  if (known) return { grade: 'fair', reason: sources.length > 1 ? 'copies of one story' : 'one source' };
  if (input.reviewed) return { grade: 'fair', reason: 'one source of unknown origin, reviewed by an editor' };
  return { grade: 'weak', reason: 'one source of unknown origin, not yet reviewed by an editor' };
}
