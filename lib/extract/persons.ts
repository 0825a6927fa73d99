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
    while (
      j < end &&
      tokens[j]?.kind === 'word' &&
      tokens[j]?.cap &&
      !CONTINGENT_DEMONYMS.has(tokens[j]?.norm ?? '')
    )
      j++;
    if (j - nameStart >= 2) {
      const name = tokens
        .slice(nameStart, j)
        .map((x) => x.text)
        .join(' ');
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
