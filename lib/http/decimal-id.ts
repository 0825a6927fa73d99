/**
 * Ids in addresses are written in plain decimal digits and nothing else: "1e1", "0x10", "+5",
 * " 7" or "010" name no record (Number() would read several of them as another id).
 */
import { z } from 'zod';

export const DECIMAL_ID = /^[1-9][0-9]{0,15}$/;

export const decimalIdSchema = z
  .string()
  .regex(DECIMAL_ID, 'must be a whole number written in digits, like 12')
  .transform(Number)
  .refine(Number.isSafeInteger, 'is too large');

/** The id an address names, or null when it is not one (the caller answers 404 or 400). */
export function parseDecimalId(raw: string | undefined): number | null {
  const parsed = decimalIdSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
