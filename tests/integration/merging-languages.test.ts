/**
 * Reports of one event in French and in English become one incident with both sources, read by the
 * real reader and stored through the real ingest path (issue 13); a French report of another event
 * stays apart. Texts written for this test.
 */
import { describe, expect, it } from 'vitest';
import { ingestReport } from '@/lib/ingest/ingest-report';
import { GAZETTEER } from '@/lib/locations/gazetteer';
import { installGazetteer } from '@/lib/locations/mutations';
import { createTestDb } from './helpers/test-db';

describe('merging reports across languages', () => {
  it('joins a French and an English report of one attack, and keeps another French one apart', async () => {
    const { db, sql } = await createTestDb();
    await installGazetteer(db, GAZETTEER);
    const fr = await ingestReport(sql, {
      title: 'Liancourt : au moins 7 morts dans une attaque de gangs',
      text: 'Au moins sept personnes ont été tuées mardi lors d’une attaque de bandits armés à Liancourt, a indiqué la police.',
      publishedAt: '2025-03-12',
    });
    const en = await ingestReport(sql, {
      title: 'Gang attack kills seven in Haiti’s Artibonite',
      text: 'Gunmen killed at least seven people in an attack on Liancourt on Tuesday, police said.',
      publishedAt: '2025-03-13',
    });
    const other = await ingestReport(sql, {
      title: 'Cité Soleil : trois blessés',
      text: 'Trois habitants ont été blessés par balles lundi à Cité Soleil, selon des témoins.',
      publishedAt: '2025-03-12',
    });
    expect([fr.incidents.length, en.incidents.length, other.incidents.length]).toEqual([1, 1, 1]);
    const incidents = await db.incident.findMany({ include: { sources: true }, orderBy: { id: 'asc' } });
    expect(incidents).toHaveLength(2);
    expect(incidents[0]?.sources.map((s) => s.reportId).sort()).toEqual([fr.reportId, en.reportId].sort());
    expect(incidents[1]?.sources.map((s) => s.reportId)).toEqual([other.reportId]);
    // Each report keeps the language it was read in.
    const languages = await db.report.findMany({
      select: { id: true, language: true },
      orderBy: { id: 'asc' },
    });
    expect(languages.map((r) => r.language)).toEqual(['fr', 'en', 'fr']);
  });
});
