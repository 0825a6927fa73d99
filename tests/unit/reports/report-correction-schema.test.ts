/** What an editor may type when correcting a report's details. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { reportCorrectionSchema } from '@/lib/reports/schema';

const errorsOf = (input: unknown) => {
  const parsed = reportCorrectionSchema.safeParse(input);
  return parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
};

describe('a report correction', () => {
  it('keeps the fields, blank ones as unknown', () => {
    expect(reportCorrectionSchema.parse({ title: ' Title ', outlet: '', url: '', publishedAt: '' })).toEqual({
      title: 'Title',
      outlet: null,
      url: null,
      publishedAt: null,
    });
    expect(
      reportCorrectionSchema.parse({
        title: 'T',
        outlet: 'AP',
        url: 'https://a.example/x',
        publishedAt: '2025-03-05',
      }),
    ).toEqual({ title: 'T', outlet: 'AP', url: 'https://a.example/x', publishedAt: '2025-03-05' });
  });

  it('says what is wrong with each field', () => {
    expect(
      errorsOf({
        title: '  ',
        outlet: 'x'.repeat(201),
        url: 'javascript:alert(1)',
        publishedAt: '2025-02-30',
      }),
    ).toEqual({
      title: ['give the report a title'],
      outlet: ['must be at most 200 characters'],
      url: ['must be an http(s) address'],
      publishedAt: ['is not a real calendar date'],
    });
  });
});
