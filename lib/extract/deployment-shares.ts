/**
 * The part of a whole-mission figure one country makes up: "—nearly three-quarters of whom are
 * Kenyan" (a share of the total), "of whom some 750 are Kenyan", "including some 750 Kenyans",
 * « dont quelque 750 Kényans », "750 of them Kenyan police officers" (a count). deployments.ts
 * reads the total.
 */
import type { SentenceFacts } from './analyze';
import { countryAt } from './deployment-countries';
import { hedgeBefore, parseFractionAt, parseNumberAt } from './numbers';
import type { Hedge } from './schema';
import { normsOf } from './tokens';
import { wordSet } from './words';

const SHARE_OF = wordSet('whom them these those which');
/** "including 750 Kenyans", « dont 750 Kényans », "among them 750 Kenyans". */
const INCLUDING = wordSet('including dont incluant notamment');
const BEING = wordSet('are were being sont etaient');

/** "—nearly three-quarters of whom are Kenyan": the share and the country. */
export function shareAfter(
  f: SentenceFacts,
  from: number,
): { share: number; country: string; words: string } | null {
  const { tokens } = f;
  const norms = normsOf(tokens);
  for (let i = from; i < Math.min(tokens.length, from + 6); i++) {
    const fr = parseFractionAt(tokens, i);
    const last = tokens[fr ? fr.end - 1 : i];
    const first = tokens[i];
    if (!fr || !first || !last || norms[fr.end] !== 'of' || !SHARE_OF.has(norms[fr.end + 1] ?? '')) continue;
    for (let k = fr.end + 2; k < Math.min(tokens.length, fr.end + 6); k++) {
      const c = countryAt(norms, k);
      const words = f.sentence.text.slice(first.start - f.sentence.from, last.end - f.sentence.from);
      if (c) return { share: fr.share, country: c.country, words };
    }
  }
  return null;
}

/**
 * A count of one country's people within the total just read, in the few words after it (`from`
 * is the token after the total's noun): the count, its hedge, the country and where it ends.
 */
export function subgroupAfter(
  f: SentenceFacts,
  from: number,
): { value: number; hedge: Hedge; country: string; end: number } | null {
  const { tokens } = f;
  const norms = normsOf(tokens);
  let k = from;
  if (tokens[k]?.text === ',' || tokens[k]?.text === '—' || tokens[k]?.text === '(') k++;
  // "of whom some 750 are Kenyan", "including some 750 Kenyans", « dont 750 Kényans »
  const opened = (norms[k] === 'of' && SHARE_OF.has(norms[k + 1] ?? '')) || INCLUDING.has(norms[k] ?? '');
  if (opened) k += norms[k] === 'of' ? 2 : 1;
  let at = k;
  while (at < k + 3 && !parseNumberAt(tokens, at)) at++;
  const n = parseNumberAt(tokens, at);
  if (!n || n.value < 2 || (!opened && at !== k)) return null;
  let c = n.end;
  // "750 of them Kenyan", "of whom 750 are Kenyan"
  if (!opened) {
    if (norms[c] !== 'of' || !SHARE_OF.has(norms[c + 1] ?? '')) return null;
    c += 2;
  }
  if (BEING.has(norms[c] ?? '')) c++;
  const country = countryAt(norms, c);
  if (!country) return null;
  return {
    value: n.value,
    hedge: hedgeBefore(tokens, n.start).hedge,
    country: country.country,
    end: c + country.length,
  };
}
