/** People a report names with a rank or title: "26-year-old Police Constable Samuel Tompoi Kaetuai", "Sgt. José Ramírez, 29". */
import { CONTINGENT_DEMONYMS } from './lexicon';
import type { Person } from './schema';
import type { Token } from './tokens';
import { wordSet } from './words';

export const TITLES = wordSet(`
  constable pc corporal cpl sergeant sgt inspector officer senator mr mrs ms dr pastor father sister
  commander superintendent private pte captain capt lieutenant lt major commissioner agent journalist
  leader judge deputy
`);

/** People named with a rank or title in [start, end): "Police Constable Samuel Kaetuai", "Sgt. José Ramírez, 29". */
export function readPersons(tokens: Token[], start: number, end: number): Person[] {
  const persons: Person[] = [];
  let age: number | null = null;
  for (let i = start; i < end; i++) {
    const t = tokens[i];
    if (t?.kind === 'num' && tokens[i + 2]?.norm === 'year' && tokens[i + 4]?.norm === 'old')
      age = Number(t.text);
    if (!t || !TITLES.has(t.norm) || !t.cap) continue;
    let j = i + 1;
    while (j < end && ((TITLES.has(tokens[j]?.norm ?? '') && tokens[j]?.cap) || tokens[j]?.text === '.')) j++;
    const nameStart = j;
    while (j < end) {
      const w = tokens[j];
      // "Jean-Claude": a hyphen inside a name, no space either side, joins its halves.
      if (w && hyphenInName(tokens, j)) {
        j++;
        continue;
      }
      if (w?.kind !== 'word' || !w.cap || CONTINGENT_DEMONYMS.has(w.norm)) break;
      j++;
    }
    const words = tokens.slice(nameStart, j).filter((x) => x.kind === 'word').length;
    if (words >= 2) {
      const name = tokens
        .slice(nameStart, j)
        .map((x, k) =>
          k > 0 && (x.text === '-' || tokens[nameStart + k - 1]?.text === '-') ? x.text : ` ${x.text}`,
        )
        .join('')
        .trim();
      // "José Ramírez, 29,"
      const after = tokens[j + 1];
      if (age === null && tokens[j]?.text === ',' && after?.kind === 'num' && Number(after.text) < 100) {
        age = Number(after.text);
      }
      persons.push({ name, age });
      age = null;
      i = j - 1;
    }
  }
  return persons;
}

/** A hyphen joining two capitalised words with no space: "Jean-Claude", "Marie-Ange". */
function hyphenInName(tokens: Token[], j: number): boolean {
  const [before, hyphen, after] = [tokens[j - 1], tokens[j], tokens[j + 1]];
  return (
    hyphen?.text === '-' &&
    before?.kind === 'word' &&
    after?.kind === 'word' &&
    after.cap &&
    before.end === hyphen.start &&
    hyphen.end === after.start
  );
}
