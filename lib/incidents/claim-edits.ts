/**
 * The claims the incident edit form sends with its own fields, so one save stores everything
 * on the page: `claim:<id>:<field>` for the fields changed in a claim's row, `claim:new:<field>`
 * for a claim typed into "Add a claim" but not yet added. A row sends only what it changed, laid
 * over the claim as stored, so a colleague's change to another field of it is kept.
 */
import type { Sql } from '../store/sql';
import { fieldErrors } from './form-states';
import { type ClaimInput, claimInputSchema } from './schema';

const KEY = /^claim:(new|\d{1,15}):(reportId|kind|count|hedge|affiliation|country)$/;

export interface ClaimEdit {
  /** Absent for a new claim. */
  claimId?: number;
  input: ClaimInput;
}

async function storedClaim(
  sql: Sql,
  incidentId: number,
  claimId: number,
): Promise<Record<string, string> | null> {
  const row = await sql.get<Record<string, string | number | null>>(
    `SELECT "reportId", "kind", "count", "hedge", "affiliation", "country" FROM "CasualtyClaim"
     WHERE "id" = ? AND "incidentId" = ?`,
    [claimId, incidentId],
  );
  if (!row) return null;
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === null ? '' : String(v)]));
}

/** Every claim the form sends, parsed with the shared claim schema; errors keyed as the form names fields. */
export async function readClaimEdits(
  sql: Sql,
  incidentId: number,
  values: Record<string, string>,
): Promise<{ edits: ClaimEdit[]; errors: Record<string, string[]> }> {
  const patches = new Map<string, Record<string, string>>();
  for (const [name, value] of Object.entries(values)) {
    const m = KEY.exec(name);
    if (!m?.[1] || !m[2]) continue;
    patches.set(m[1], { ...patches.get(m[1]), [m[2]]: value });
  }
  const edits: ClaimEdit[] = [];
  const errors: Record<string, string[]> = {};
  for (const [key, patch] of patches) {
    const claimId = key === 'new' ? undefined : Number(key);
    const stored = claimId === undefined ? {} : await storedClaim(sql, incidentId, claimId);
    if (stored === null) {
      errors[`claim:${key}:claimId`] = ['That claim is no longer on this incident: reload the page.'];
      continue;
    }
    const parsed = claimInputSchema.safeParse({ ...stored, ...patch });
    if (parsed.success) edits.push({ claimId, input: parsed.data });
    else {
      for (const [field, messages] of Object.entries(fieldErrors(parsed.error))) {
        errors[`claim:${key}:${field}`] = messages;
      }
    }
  }
  return { edits, errors };
}
