/** Strict parsing, one rule everywhere: what a machine client or a link gets wrong is said, not guessed. */
import { describe, expect, it } from 'vitest';
import { userSchema } from '@/lib/auth/schema';
import { readJsonBody } from '@/lib/http/json-body';
import { pageSchema } from '@/lib/incidents/filters';
import { incidentFieldsSchema } from '@/lib/incidents/schema';
import { placeInputSchema } from '@/lib/locations/schema';
import { reportCorrectionSchema, reportInputSchema, withdrawalSchema } from '@/lib/reports/schema';

describe('list paging', () => {
  it('takes a cursor from the list and a limit in plain digits', () => {
    expect(pageSchema.parse({ cursor: '2025-02-23_12', limit: '20' })).toEqual({
      cursor: '2025-02-23_12',
      limit: 20,
    });
    expect(pageSchema.parse({})).toEqual({ limit: 50 });
  });

  it('refuses a cursor it did not give, with a message', () => {
    for (const cursor of ['garbage', '2025-02-30_1', '2025-02-23', '2025-02-23_x']) {
      const result = pageSchema.safeParse({ cursor });
      expect(result.success, cursor).toBe(false);
      expect(result.error?.issues[0]?.message, cursor).toMatch(/cursor/);
    }
  });

  it('refuses limits not written in plain digits, or out of range', () => {
    for (const limit of ['1e2', '0x10', '+5', '5.0', ' 5', '0', '201', '-1']) {
      expect(pageSchema.safeParse({ limit }).success, limit).toBe(false);
    }
  });
});

describe('JSON bodies', () => {
  const post = (contentType: string) =>
    readJsonBody(
      new Request('http://localhost/api/reports', {
        method: 'POST',
        body: '{"text":"x"}',
        headers: { 'content-type': contentType },
      }),
      1000,
    );

  it('accepts application/json with or without parameters, in any case', async () => {
    for (const type of [
      'application/json',
      'application/json; charset=utf-8',
      'Application/JSON ; charset="UTF-8"',
    ]) {
      expect((await post(type)).ok, type).toBe(true);
    }
  });

  it('refuses every other media type, even one naming application/json in a parameter', async () => {
    for (const type of [
      'text/plain; x=application/json',
      'application/jsonp',
      'application/json-patch+json',
      'text/plain',
      'application/json/x',
    ]) {
      const result = await post(type);
      expect(result.ok, type).toBe(false);
      if (!result.ok) expect(result.response.status, type).toBe(415);
    }
  });
});

describe('control characters', () => {
  const CONTROL = ['\u0000', '\u0007', '\u001b', '\u007f'];

  it('are refused in every text field of a report, a correction and a withdrawal', () => {
    for (const c of CONTROL) {
      for (const field of ['title', 'outlet', 'text']) {
        const result = reportInputSchema.safeParse({ text: 'A report.', [field]: `A report${c}.` });
        expect(result.success, `${field} ${JSON.stringify(c)}`).toBe(false);
        expect(result.error?.issues[0]?.message).toMatch(/control character/);
      }
      expect(
        reportCorrectionSchema.safeParse({ title: `T${c}`, outlet: '', url: '', publishedAt: '' }).success,
      ).toBe(false);
      expect(withdrawalSchema.safeParse({ reason: `R${c}` }).success).toBe(false);
    }
  });

  it('are refused in incidents and places, which the form, the API and the CLI share', () => {
    const incident = {
      title: 'Shooting',
      date: '2025-05-20',
      datePrecision: 'day',
      type: 'gunfire',
      placeText: 'Delmas 32',
      placePrecision: 'commune',
      status: 'reviewed',
    };
    expect(incidentFieldsSchema.safeParse(incident).success).toBe(true);
    for (const field of ['title', 'summary', 'placeText']) {
      expect(incidentFieldsSchema.safeParse({ ...incident, [field]: 'Delmas\u0000 32' }).success, field).toBe(
        false,
      );
    }
    const place = { name: 'Delmas 33', kind: 'neighbourhood', parentId: '1', lat: '18.55', lng: '-72.3' };
    expect(placeInputSchema.safeParse(place).success).toBe(true);
    expect(placeInputSchema.safeParse({ ...place, name: 'Delmas\u0000' }).success).toBe(false);
    expect(placeInputSchema.safeParse({ ...place, aliases: 'D33\u0000' }).success).toBe(false);
  });

  it('are refused in an account’s name, which the users page and the CLI share', () => {
    const user = { email: 'ana@example.org', role: 'editor', password: 'a long unusual passphrase 42' };
    expect(userSchema.safeParse({ ...user, name: 'Ana\u0000 Pierre' }).success).toBe(false);
    expect(userSchema.safeParse({ ...user, name: 'Ana Pierre' }).success).toBe(true);
  });

  it('leave tabs, new lines and carriage returns alone', () => {
    const result = reportInputSchema.safeParse({ text: 'Line one,\tthen\r\nline two.' });
    expect(result.success).toBe(true);
  });
});

describe('place names', () => {
  const place = { kind: 'neighbourhood', parentId: '1', lat: '18.55', lng: '-72.3' };

  it('must hold a letter or digit a place key can keep', () => {
    for (const name of ['!!', '---', 'Москва', '……']) {
      const result = placeInputSchema.safeParse({ ...place, name });
      expect(result.success, name).toBe(false);
      expect(result.error?.issues[0]?.message, name).toMatch(/letter/);
    }
    for (const name of ['Delmas 33', 'Pétion-Ville', 'Fort Liberté 2']) {
      expect(placeInputSchema.safeParse({ ...place, name }).success, name).toBe(true);
    }
  });
});
