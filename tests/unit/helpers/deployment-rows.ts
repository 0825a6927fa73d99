import { expect } from 'vitest';
import { readReport } from '@/lib/extract';
import { GAZETTEER } from '@/lib/locations/gazetteer';

/** Each case: "text => Country personnel kind date; …" ("none" for no deployment), the text read as published on `publishedAt`. */
export function expectDeploymentRows(cases: string[], publishedAt: string | null): void {
  for (const c of cases) {
    const [text = '', rows] = c.split(' => ');
    const got = readReport(text, { publishedAt, gazetteer: GAZETTEER }).deployments.map(
      (d) => `${d.country} ${d.personnel} ${d.kind} ${d.date}`,
    );
    expect(got.join('; ') || 'none', text).toBe(rows);
  }
}
