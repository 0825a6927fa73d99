/**
 * The reader's incident titles name the claims ("Armed clash in Ségur-Savien: 2 gang members
 * killed"). On the review screen such a title follows the claims the editor edits, keeps or
 * rejects, so the stored title never contradicts the stored figures; a title the editor wrote
 * is theirs and is left alone. Pure; runs in the browser.
 */
import { casualtyPhrase, fitTitle, type TitledCasualty } from '../extract/incident-title';
import type { ReviewCasualtyInput } from './review-schema';

/** The reader's title cut into what it says of the scene and whether "missing" reads "kidnapped". */
export interface TitleParts {
  scene: string;
  kidnapped: boolean;
}

type Claim = Pick<ReviewCasualtyInput, 'accepted' | 'kind' | 'count' | 'hedge' | 'affiliation' | 'country'>;

/** The kept claims a title can name: a count still being typed is left out until it is a number. */
function titled(claims: readonly Claim[]): TitledCasualty[] {
  return claims.flatMap((c) => {
    const count = typeof c.count === 'number' ? c.count : Number(c.count.trim() || Number.NaN);
    if (!c.accepted || !Number.isInteger(count) || count < 1) return [];
    return [{ kind: c.kind, count, hedge: c.hedge, affiliation: c.affiliation, country: c.country || null }];
  });
}

export function composeTitle(parts: TitleParts, claims: readonly Claim[]): string {
  const phrase = casualtyPhrase(titled(claims), parts.kidnapped);
  return fitTitle(phrase ? `${parts.scene}: ${phrase}` : parts.scene);
}

/** The parts of a title the reader wrote for these claims; null for any other title. */
export function titleParts(title: string, claims: readonly Claim[]): TitleParts | null {
  for (const kidnapped of [false, true]) {
    const phrase = casualtyPhrase(titled(claims), kidnapped);
    const scene = phrase
      ? title.endsWith(`: ${phrase}`) && title.slice(0, -phrase.length - 2)
      : !title.includes(': ') && title;
    if (scene && composeTitle({ scene, kidnapped }, claims) === title) return { scene, kidnapped };
  }
  return null;
}

/** The title once the claims change: the drafted one follows them, the editor's own stays. */
export function titleAfterClaims(
  before: { title: string; casualties: readonly Claim[] },
  claims: readonly Claim[],
  parts: TitleParts | null,
): string {
  if (!parts || composeTitle(parts, before.casualties) !== before.title) return before.title;
  return composeTitle(parts, claims);
}
