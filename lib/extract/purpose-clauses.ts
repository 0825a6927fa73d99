/**
 * Purpose clauses: "A Kenyan officer deployed to Haiti to fight gangs was killed", « un policier
 * envoyé pour combattre les gangs a été tué ». What follows "to" / « pour » and a verb is that
 * verb's object, never the victim phrase of the sentence's own verb (noun-phrase.ts).
 */
import { CLAUSE_OPENERS, CLAUSE_VERBS, PURPOSE_WORDS } from './noun-phrase-words';
import { hasHead, isPhraseWord } from './phrase-words';
import type { Token } from './tokens';

/**
 * The index of the "to" / « pour » that opens a purpose clause just before `start` ("… deployed to
 * Haiti to fight the gangs", « … pour combattre les gangs »), when the phrase is that clause's object.
 */
export function purposeClauseBefore(tokens: Token[], start: number): number | null {
  for (let k = start - 1; k >= 0 && start - k <= 8; k--) {
    const t = tokens[k];
    if (!t || (t.kind === 'punct' && !isPhraseWord(t))) return null;
    if (CLAUSE_OPENERS.has(t.norm) || CLAUSE_VERBS.has(t.norm)) return null;
    if (opensPurpose(tokens, k)) return k;
  }
  return null;
}

/** "to help", « pour combattre »: "to" / « pour » and a plain word, not "to Haiti", "to the", "to two officers". */
function opensPurpose(tokens: Token[], k: number): boolean {
  const verb = tokens[k + 1];
  return (
    PURPOSE_WORDS.has(tokens[k]?.norm ?? '') && verb?.kind === 'word' && !verb.cap && !isPhraseWord(verb)
  );
}

/**
 * "A Kenyan officer deployed to Haiti to fight gangs was killed": a purpose clause ("to fight
 * gangs", « pour combattre les gangs ») names what the person was there to do, not who they are.
 * Where one opens after a person noun, the phrase ends before its "to" / « pour ».
 */
export function beforePurpose(tokens: Token[], start: number, end: number): number {
  for (let k = start + 1; k < end; k++) if (opensPurpose(tokens, k) && hasHead(tokens, start, k)) return k;
  return end;
}
