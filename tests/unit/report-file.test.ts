import { describe, expect, it } from 'vitest';
import { reportContentHash } from '@/lib/reports/content-hash';
import { parseReportFile, titleFromText } from '@/lib/reports/report-file';
import { reportInputSchema } from '@/lib/reports/schema';

describe('parseReportFile', () => {
  it('reads a header closed by a blank line', () => {
    const file =
      'title: Officer killed\noutlet: Example\nurl: https://e.org/a\npublished: 2025-02-24\n\nBody line one.\nLine two.';
    expect(parseReportFile(file)).toEqual({
      title: 'Officer killed',
      outlet: 'Example',
      url: 'https://e.org/a',
      publishedAt: '2025-02-24',
      publishedUnparsed: undefined,
      body: 'Body line one.\nLine two.',
    });
  });

  it('treats a published value that is not a date as unknown, and keeps it for the message', () => {
    const parsed = parseReportFile('published: unknown\n\nText.');
    expect(parsed.publishedAt).toBeNull();
    expect(parsed.publishedUnparsed).toBe('unknown');
    expect(parseReportFile('published: 2025-02-30\n\nText.').publishedAt).toBeNull();
  });

  it('reads a file without a header as all body', () => {
    const parsed = parseReportFile('PORT-AU-PRINCE, Haiti – A Kenyan officer died.\nMore.');
    expect(parsed.publishedAt).toBeNull();
    expect(parsed.body).toBe('PORT-AU-PRINCE, Haiti – A Kenyan officer died.\nMore.');
  });

  it('does not take a body that merely starts with "Title:" for a header', () => {
    const parsed = parseReportFile('Title: a poem\nabout Haiti');
    expect(parsed.title).toBeUndefined();
    expect(parsed.body).toBe('Title: a poem\nabout Haiti');
  });

  it('handles Windows line endings and a byte-order mark', () => {
    const parsed = parseReportFile('\uFEFFpublished: 2025-04-03\r\n\r\nBody.\r\n');
    expect(parsed.publishedAt).toBe('2025-04-03');
    expect(parsed.body).toBe('Body.');
  });
});

describe('titleFromText', () => {
  it('takes the first sentence, cut at a word boundary when long', () => {
    expect(titleFromText('Short one. Second.')).toBe('Short one.');
    const long = `${'word '.repeat(60)}end.`;
    const title = titleFromText(long);
    expect(title.length).toBeLessThanOrEqual(121);
    expect(title.endsWith('word…')).toBe(true);
  });
});

describe('reportContentHash', () => {
  it('ignores whitespace and line-ending differences but not wording', () => {
    expect(reportContentHash('A  b\r\nc ')).toBe(reportContentHash('A b\nc'));
    expect(reportContentHash('A b c')).not.toBe(reportContentHash('A b d'));
  });
});

describe('reportInputSchema', () => {
  it('rejects empty text, impossible dates, over-long text and non-http URLs with field messages', () => {
    const result = reportInputSchema.safeParse({
      text: '   ',
      publishedAt: '2025-02-30',
      url: 'javascript:alert(1)',
    });
    expect(result.success).toBe(false);
    const fields = result.error?.issues.map((i) => i.path[0]);
    expect(fields).toEqual(expect.arrayContaining(['text', 'publishedAt', 'url']));
    expect(reportInputSchema.safeParse({ text: 'x'.repeat(100_001) }).success).toBe(false);
  });

  it('turns blank optional fields into undefined', () => {
    expect(reportInputSchema.parse({ text: 'Body', title: ' ', url: '' })).toEqual({
      text: 'Body',
      title: undefined,
      url: undefined,
    });
  });
});
