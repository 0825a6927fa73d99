import { describe, expect, it, vi } from 'vitest';
import { ingestReport } from '@/lib/ingest/ingest-report';
import { GAZETTEER } from '@/lib/locations/gazetteer';
import { installGazetteer } from '@/lib/locations/mutations';
import { createTestDb } from './helpers/test-db';

vi.mock('@/lib/extract', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/lib/extract')>();
  return {
    ...original,
    readReport: (text: string, options: Parameters<typeof original.readReport>[1]) => {
      if (text.includes('BREAKS THE READER')) throw new TypeError('Cannot read properties of undefined');
      return original.readReport(text, options);
    },
  };
});

describe('a report the reader fails on', () => {
  it('is stored without findings and with a warning, and the next report is read as usual', async () => {
    const { db, sql } = await createTestDb();
    await installGazetteer(db, GAZETTEER);
    const failed = await ingestReport(sql, {
      text: 'This text BREAKS THE READER.',
      publishedAt: '2025-03-27',
    });
    expect(failed.created).toBe(true);
    expect(failed.incidents).toEqual([]);
    expect(failed.warnings.map((w) => w.code)).toEqual(['reader_error']);
    const stored = await db.report.findUniqueOrThrow({ where: { id: failed.reportId } });
    expect(JSON.stringify(stored.warnings)).toMatch(/reader failed.*Cannot read properties/);

    const fine = await ingestReport(sql, {
      text: 'Gang members kidnapped two civilians in Croix-des-Bouquets on Tuesday, police said.',
      publishedAt: '2025-03-27',
    });
    expect(fine.incidents.length).toBeGreaterThan(0);
  });
});
