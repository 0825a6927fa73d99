/**
 * Who an aggregate figure comes from ("According to the United Nations, …", "… the IOM said"), for
 * the figure reader (figures.ts).
 */

const SOURCES: Array<[RegExp, string]> = [
  [/\b(?:united nations|u\.?n\.?)(?:'s|’s)?\b/i, 'United Nations'],
  [/\b(?:iom|international organi[sz]ation for migration)\b/i, 'International Organization for Migration'],
  [/\b(?:ohchr|un human rights office)\b/i, 'UN Human Rights Office'],
  [/\bbinuh\b/i, 'BINUH'],
  [/\bunicef\b/i, 'UNICEF'],
  [/\brnddh\b/i, 'RNDDH'],
  [/\bhuman rights watch\b/i, 'Human Rights Watch'],
];

/** "According to the United Nations, …", "… the UN said": who the figure comes from. */
export function attribution(text: string): string | null {
  const m =
    /\b(?:according to|figures from|data from|estimates? (?:from|by)|reported by)\s+(?:the\s+)?([^,.;]{2,60})/i.exec(
      text,
    );
  const said =
    /\b(?:the\s+)?([A-Z][\w.’' ]{1,50}?)\s+(?:said|says|reported|estimates?|estimated|recorded|counted)\b/.exec(
      text,
    );
  for (const candidate of [m?.[1], said?.[1]]) {
    if (!candidate) continue;
    for (const [re, name] of SOURCES) if (re.test(candidate)) return name;
  }
  return null;
}
