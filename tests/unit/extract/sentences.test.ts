import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/lib/extract/sentences';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('does not split after U.S., Gen., PC or an initial', () => {
    expect(
      texts('Gunfire near the U.S. Embassy was heard. Gen. Otunge spoke to PC. J. Kariuki later.'),
    ).toEqual(['Gunfire near the U.S. Embassy was heard.', 'Gen. Otunge spoke to PC. J. Kariuki later.']);
  });

  it('does not split after a French month written short with its accent (« 08 déc. 2024 », « 3 févr. 2025 »)', () => {
    expect(
      texts(
        'P-au-P, 08 déc. 2024 [AlterPresse] --- Au moins 110 personnes ont été tuées. Le Cnddh accuse le gang.',
      ),
    ).toEqual([
      'P-au-P, 08 déc. 2024 [AlterPresse] --- Au moins 110 personnes ont été tuées.',
      'Le Cnddh accuse le gang.',
    ]);
    expect(texts('Port-au-Prince, 3 févr. 2025. Deux policiers tués.')).toEqual([
      'Port-au-Prince, 3 févr. 2025.',
      'Deux policiers tués.',
    ]);
  });

  it('marks a photo caption as boilerplate, never evidence', () => {
    const [caption] = splitSentences(
      'Photo caption: Vendors gather what remains of their goods at the market on Sunday.',
    );
    expect(caption?.boilerplate).toBe(true);
  });

  it('ends a sentence at "the UN." written without dots, not at "the U.N."', () => {
    expect(
      texts(
        'At least 20 were killed, according to the UN. Kenya said it would help. The U.N. Security Council met.',
      ),
    ).toEqual([
      'At least 20 were killed, according to the UN.',
      'Kenya said it would help.',
      'The U.N. Security Council met.',
    ]);
  });

  it('splits inside a quotation and keeps the closing curly quote with its sentence', () => {
    const t = '“The officer was injured. He later died,” Otunge said. Police confirmed it.';
    expect(texts(t)).toEqual([
      '“The officer was injured.',
      'He later died,” Otunge said.',
      'Police confirmed it.',
    ]);
  });

  it('treats a line without a full stop as a headline of its own', () => {
    const sentences = splitSentences('MSS Mission\nKenya has sent officers. More will follow.');
    expect(sentences.map((s) => [s.text, s.headline])).toEqual([
      ['MSS Mission', true],
      ['Kenya has sent officers.', false],
      ['More will follow.', false],
    ]);
  });

  it('gives offsets into the original text, across blank lines and carriage returns', () => {
    const t = '  First one here.\r\n\r\nSecond para, “quoted.” Third!  ';
    for (const s of splitSentences(t)) expect(t.slice(s.from, s.to)).toBe(s.text);
    expect(splitSentences(t).map((s) => s.paragraph)).toEqual([0, 1, 1]);
  });

  it('marks links to other stories and social prompts as boilerplate', () => {
    const sentences = splitSentences(
      'Also Read: DCI Arrests Content Creator\nFollow our WhatsApp Channel for news.',
    );
    expect(sentences.every((s) => s.boilerplate)).toBe(true);
  });

  it('keeps a stray "date YYYY-MM-DD" at the top out of the first sentence but remembers it', () => {
    const [first] = splitSentences(' date 2025-04-03 Haitian gang violence continues.');
    expect(first?.text).toBe('Haitian gang violence continues.');
    expect(first?.metaDate).toBe('2025-04-03');
  });
});
