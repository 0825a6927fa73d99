/** A gazetteer place as an editor adds it. Zod only, shared by the form and the action. */
import { z } from 'zod';
import { plainText } from '../validation/plain-text';
import { normalizePlaceName } from './normalize';

export const PLACE_KINDS = ['department', 'commune', 'neighbourhood', 'site'] as const;

export const placeInputSchema = z.object({
  name: plainText()
    .trim()
    .min(2, 'Give the place’s name.')
    .max(120, 'At most 120 characters.')
    // The place's key (in addresses and filters) is made of its name's Latin letters and digits:
    // a name with none would get an empty key and block every later such name under its parent.
    .refine(
      (name) => normalizePlaceName(name) !== '',
      'Write the name with at least one Latin letter or digit (a–z, 0–9), as Haitian maps write it.',
    ),
  kind: z.enum(PLACE_KINDS, { error: 'Choose what kind of place it is.' }),
  parentId: z.coerce
    .number({ error: 'Choose the place that contains it.' })
    .int()
    .positive('Choose the place that contains it.'),
  // Haiti and its waters, generously: a point outside is a typo (often a swapped sign).
  lat: z.coerce
    .number({ error: 'Enter a latitude, like 18.54.' })
    .min(17.5, 'Haiti lies between latitudes 17.5 and 20.5.')
    .max(20.5, 'Haiti lies between latitudes 17.5 and 20.5.'),
  lng: z.coerce
    .number({ error: 'Enter a longitude, like -72.33.' })
    .min(-75, 'Haiti lies between longitudes -75 and -71.5 (west is negative).')
    .max(-71.5, 'Haiti lies between longitudes -75 and -71.5 (west is negative).'),
  aliases: plainText()
    .max(500, 'At most 500 characters.')
    .default('')
    .transform((v) =>
      v
        .split(/[;\n]/)
        .map((a) => a.trim())
        .filter(Boolean),
    ),
});

export type PlaceInput = z.infer<typeof placeInputSchema>;
