/**
 * Deployments: how many personnel a country (or the whole mission) sent, has on the ground, or
 * plans to send. "Kenya deployed 800 police officers to Haiti last June" is an arrival in June
 * 2024; "the current deployment of nearly 900 officers … from Kenya and other contributing
 * nations" is the mission's strength when the report was published; "is expected to include
 * 2,500 personnel" is planned. A share ("nearly three-quarters of whom are Kenyan") gives a
 * derived figure for that country.
 */
import type { SentenceFacts } from './analyze';
import type { DateMention } from './dates';
import { evidenceOf } from './evidence';
import { contingentCountryAt, MISSION_WORDS } from './lexicon';
import { hedgeBefore, parseFractionAt, parseNumberAt } from './numbers';
import type { DatePrecision, DeploymentDraft } from './schema';
import { wordSet } from './words';

const PERSONNEL = wordSet(`
  officers police personnel troops soldiers members agents peacekeepers policemen marines officials
  staff cadets
`);
const BETWEEN = wordSet(`
  more additional extra new other security police military armed foreign uniformed kenyan jamaican
  guatemalan salvadoran belizean bahamian beninese chadian bangladeshi barbadian national special forces
  and
`);
const DEPLOY_CUE =
  /\b(?:deploy(?:ed|ing|s|ment)?|sent|send(?:ing|s)?|dispatch(?:ed|ing)?|arriv(?:ed|al|ing|es)|landed|consists? of|comprising|compris(?:es|ed)|numbering|strength|contribut(?:ed|e|es|ing)|pledged|committed|to include|expected|boots on the ground|now (?:has|numbers|stands)|totall?ing|reinforcements?|contingent of|force of|numbers|(?:has|have|had)(?: [a-z]+){0,3} \d|there (?:are|were) (?:now )?(?:about|around|some|nearly|over|more than|\d))\b/i;
const PLANNED =
  /\b(?:expected to|will|would|plans? to|planned|pledged|promised|committed to|authori[sz]ed|(?:is|are) to|set to|to be deployed|aims? to|intends? to|proposed|envisaged|voted|transform(?:ed|ing)? into)\b/i;
const ARRIVAL = /\b(?:arrived|arrival|landed|deployed|sent|dispatched|flew in|touched down)\b/i;
const PERFECT = /\b(?:has|have) (?:now )?(?:deployed|sent)\b|\bhave been deployed\b/i;
const SHARE_OF = wordSet('whom them these those which');

const CLAUSE_WORDS = wordSet('which who while but whereas although');
const CLAUSE_PUNCT = new Set([',', ';', ':', '—', '–', '(', ')']);

function isClauseBreak(t: SentenceFacts['tokens'][number] | undefined): boolean {
  return t !== undefined && (CLAUSE_PUNCT.has(t.text) || CLAUSE_WORDS.has(t.norm));
}

/** Token range [from, to) of the clause holding token `i`. */
function clauseAround(tokens: SentenceFacts['tokens'], i: number): [number, number] {
  let from = i;
  while (from > 0 && !isClauseBreak(tokens[from - 1])) from--;
  let to = i;
  while (to < tokens.length && !isClauseBreak(tokens[to])) to++;
  return [from, to];
}

function partial(d: DateMention): { date: string; precision: DatePrecision } | null {
  if (!d.date) return null;
  if (d.precision === 'day') return { date: d.date, precision: 'day' };
  return { date: d.date.slice(0, 7), precision: d.precision === 'week' ? 'month' : d.precision };
}

/**
 * Whose personnel: a nationality between the number and the noun ("800 Kenyan officers"), a
 * "from …" just after the noun ("from Kenya and other contributing nations" is the whole
 * mission), else the nearest country or mission named before the number.
 */
function ownerOf(norms: readonly string[], start: number, end: number, noun: number): string {
  let country = ownerBefore(norms, start);
  for (let k = end; k < noun; k++) country = contingentCountryAt(norms, k)?.country ?? country;
  const from = norms.slice(noun + 1, noun + 5).indexOf('from');
  if (from < 0) return country;
  const at = noun + 2 + from;
  const after = norms.slice(at, at + 6).join(' ');
  if (/^(?:the )?(?:multiple|several|various|many|other|\w+(?: \w+)? and other)\b/.test(after)) return 'MSS';
  return contingentCountryAt(norms, at)?.country ?? contingentCountryAt(norms, at + 1)?.country ?? country;
}

/** The country or mission the number belongs to: the nearest one named before it. */
function ownerBefore(norms: readonly string[], numberAt: number): string {
  for (let i = numberAt - 1; i >= 0 && numberAt - i <= 25; i--) {
    if (MISSION_WORDS.has(norms[i] ?? '') || norms[i] === 'deployment') return 'MSS';
    const c = contingentCountryAt(norms, i);
    if (c) return c.country;
  }
  return 'MSS';
}

export function extractDeployments(facts: SentenceFacts[], publishedAt: string | null): DeploymentDraft[] {
  const out: DeploymentDraft[] = [];
  for (const f of facts) {
    if (f.skip || !DEPLOY_CUE.test(f.sentence.text)) continue;
    const { tokens } = f;
    const norms = tokens.map((t) => t.norm);
    const taken = new Set<number>();
    for (const c of f.casualties) for (let k = c.phrase.tokStart; k < c.phrase.tokEnd; k++) taken.add(k);
    for (let i = 0; i < tokens.length; i++) {
      if (taken.has(i)) continue;
      const n = parseNumberAt(tokens, i);
      if (!n || n.value < 2 || (n.value >= 1990 && n.value <= 2039 && tokens[i]?.kind === 'num')) continue;
      let j = n.end;
      while (j < tokens.length && j - n.end < 4 && (BETWEEN.has(norms[j] ?? '') || tokens[j]?.text === '-'))
        j++;
      if (!PERSONNEL.has(norms[j] ?? '')) {
        i = n.end - 1;
        continue;
      }
      const country = ownerOf(norms, n.start, n.end, j);
      const text = f.sentence.text;
      const [from, to] = clauseAround(tokens, n.start);
      const lo = tokens[from]?.start ?? f.sentence.from;
      const hi = tokens[to - 1]?.end ?? f.sentence.to;
      const local = text.slice(lo - f.sentence.from, hi - f.sentence.from);
      // Dates in the number's own clause, or in an opening "In June 2024," that sets the scene.
      const opening = from > 0 ? clauseAround(tokens, 0) : null;
      const ownDates = f.dates.filter(
        (d) =>
          d.resolved &&
          ((d.start >= lo && d.start < hi) ||
            (opening !== null &&
              d.end <= (tokens[opening[1] - 1]?.end ?? 0) &&
              /^(?:in|on|last|since|by)\b/i.test(text))),
      );
      const kind: DeploymentDraft['kind'] = PLANNED.test(local)
        ? 'planned'
        : ARRIVAL.test(local) && !PERFECT.test(local) && ownDates.some((d) => d.role === 'point')
          ? 'arrival'
          : 'strength';
      const dated = ownDates.find((d) => d.role === 'point' || (kind === 'planned' && d.role === 'deadline'));
      const when =
        (dated && partial(dated)) ??
        (publishedAt ? { date: publishedAt.slice(0, 7), precision: 'month' as const } : null);
      const base = {
        hedge: hedgeBefore(tokens, n.start).hedge,
        date: when?.date ?? null,
        datePrecision: when?.precision ?? null,
        kind,
        ...evidenceOf([f.sentence]),
      };
      out.push({
        ...base,
        country,
        personnel: n.value,
        note: dated ? null : when ? 'as of the publication month' : null,
      });
      const share = shareAfter(f, j + 1);
      if (share && country === 'MSS') {
        const first = tokens[hedgeBefore(tokens, n.start).start];
        const total = first
          ? text.slice(first.start - f.sentence.from, (tokens[j]?.end ?? first.end) - f.sentence.from)
          : '';
        out.push({
          ...base,
          country: share.country,
          personnel: Math.round(n.value * share.share),
          hedge: 'about',
          note: `derived: ${share.words} of ${total}`,
        });
      }
      i = j;
    }
  }
  return dedupe(out);
}

/** "—nearly three-quarters of whom are Kenyan": the share and the country. */
function shareAfter(
  f: SentenceFacts,
  from: number,
): { share: number; country: string; words: string } | null {
  const { tokens } = f;
  const norms = tokens.map((t) => t.norm);
  for (let i = from; i < Math.min(tokens.length, from + 6); i++) {
    const fr = parseFractionAt(tokens, i);
    const last = tokens[fr ? fr.end - 1 : i];
    const first = tokens[i];
    if (!fr || !first || !last || norms[fr.end] !== 'of' || !SHARE_OF.has(norms[fr.end + 1] ?? '')) continue;
    for (let k = fr.end + 2; k < Math.min(tokens.length, fr.end + 6); k++) {
      const c = contingentCountryAt(norms, k);
      const words = f.sentence.text.slice(first.start - f.sentence.from, last.end - f.sentence.from);
      if (c) return { share: fr.share, country: c.country, words };
    }
  }
  return null;
}

function dedupe(list: DeploymentDraft[]): DeploymentDraft[] {
  const seen = new Set<string>();
  return list.filter((d) => {
    const key = `${d.country}|${d.personnel}|${d.kind}|${d.date}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
