/** The words numbers are written with, in English, French and Kreyòl (numbers.ts reads them). */
import { dict, wordNumbers, wordSet } from './words';

// English, French ("un", "deux", …, "seize"; "dix-sept" is dix + sept) and the Kreyòl words no
// other language uses otherwise ("de", "kat", "sèt" are also French or English words: left out).
export const UNITS: ReadonlyMap<string, number> = wordNumbers(`
  zero:0 one:1 two:2 three:3 four:4 five:5 six:6 seven:7 eight:8 nine:9 ten:10 eleven:11 twelve:12
  thirteen:13 fourteen:14 fifteen:15 sixteen:16 seventeen:17 eighteen:18 nineteen:19
  un:1 une:1 deux:2 trois:3 quatre:4 cinq:5 sept:7 huit:8 neuf:9 dix:10 onze:11 douze:12 treize:13
  quatorze:14 quinze:15 seize:16
  youn:1 twa:3 kat:4 senk:5 sis:6 uit:8 nef:9 dis:10 onz:11 douz:12 trez:13 katoz:14 kenz:15 sez:16
  diset:17 dizwit:18 dizuit:18 diznef:19 venteyen:21 vennsenk:25 swasanndis:70 katreven:80
`);
export const TENS: ReadonlyMap<string, number> = wordNumbers(`
  twenty:20 thirty:30 forty:40 fifty:50 sixty:60 seventy:70 eighty:80 ninety:90
  vingt:20 vingts:20 trente:30 quarante:40 cinquante:50 soixante:60
  ven:20 trant:30 karant:40 senkant:50 swasant:60
`);
export const SCALES: ReadonlyMap<string, number> = dict({
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1e9,
  cent: 100,
  cents: 100,
  mille: 1_000,
  millions: 1_000_000,
  milliard: 1e9,
  san: 100,
  mil: 1_000,
});
/** "une dizaine", "une centaine": about so many (French); "des dizaines de": dozens. */
export const ABOUT_NOUNS: ReadonlyMap<string, number> = dict({
  dizaine: 10,
  douzaine: 12,
  quinzaine: 15,
  vingtaine: 20,
  trentaine: 30,
  quarantaine: 40,
  cinquantaine: 50,
  soixantaine: 60,
  centaine: 100,
  // Kreyòl « yon dizèn », « yon douzèn », « yon ventèn », « plizyè santèn ».
  dizen: 10,
  douzen: 12,
  kenzen: 15,
  venten: 20,
  vinten: 20,
  tranten: 30,
  santen: 100,
  millier: 1_000,
});

/** Kreyòl « de » and « sèt » (also French and English words) count only before a Kreyòl word for people. */
export const KREYOL_SMALL: ReadonlyMap<string, number> = dict({ de: 2, set: 7 });
export const KREYOL_PEOPLE = wordSet(
  'moun polisye timoun fanm gason peyizan solda abitan machann chofe viktim jen pasaje manm ajan jounalis',
);

export const FRACTIONS: ReadonlyMap<string, number> = dict({
  half: 1 / 2,
  third: 1 / 3,
  thirds: 1 / 3,
  quarter: 1 / 4,
  quarters: 1 / 4,
  fifth: 1 / 5,
  fifths: 1 / 5,
});
