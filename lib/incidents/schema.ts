/**
 * The incident as editors write it: one contract for the edit form, the server actions and any
 * future JSON API. Enums come from the reader's schema so the reader, the form and the store
 * can never disagree about what a type or a precision is. Zod only; no server imports.
 */
import { z } from 'zod';
import { actorByKey } from '../actors/register';
import { isoDateSchema } from '../dates/iso-date';
import {
  actorDraftSchema,
  casualtyFieldsSchema,
  countryOnlyForMss,
  datePrecisionSchema,
  incidentTypeSchema,
  placePrecisionSchema,
} from '../extract/schema';
import { plainText } from '../validation/plain-text';

export const reviewStatusSchema = z.enum(['draft', 'reviewed', 'rejected']);

/** Form fields arrive as strings; an empty one means "not given". */
const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const id = z.coerce
  .number({ error: 'must be a number' })
  .int('must be a whole number')
  .positive('must be positive')
  .max(Number.MAX_SAFE_INTEGER, 'is too large');

/** Incidents before the mission was even discussed are out of scope; none can be in the future. */
const MIN_DATE = '2000-01-01';
const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
const eventDate = isoDateSchema
  .refine((v) => v >= MIN_DATE, `must be on or after ${MIN_DATE}`)
  .refine((v) => v <= tomorrow(), 'cannot be in the future');

export const incidentFieldsSchema = z
  .object({
    title: plainText()
      .trim()
      .min(3, 'Give a title of at least 3 characters.')
      .max(200, 'At most 200 characters.'),
    summary: plainText().trim().max(5000, 'At most 5,000 characters.').default(''),
    date: eventDate,
    dateEnd: z.preprocess(blankToUndefined, eventDate.optional()),
    datePrecision: datePrecisionSchema,
    type: incidentTypeSchema,
    locationId: z.preprocess(blankToUndefined, id.optional()),
    placePrecision: placePrecisionSchema,
    placeText: z.preprocess(
      blankToUndefined,
      plainText().trim().max(200, 'At most 200 characters.').optional(),
    ),
    status: reviewStatusSchema,
  })
  .refine((v) => !v.dateEnd || v.dateEnd >= v.date, {
    path: ['dateEnd'],
    message: 'The end date must be on or after the start date.',
  })
  .refine((v) => v.locationId !== undefined || v.placeText !== undefined, {
    path: ['locationId'],
    message: 'Choose a place from the gazetteer, or write the place as the source gives it.',
  });

export const incidentVersionSchema = z.object({ id, version: id });

/** A claim typed into the claims editor: the reader's claim fields, as a form sends them. */
export const claimInputSchema = casualtyFieldsSchema
  .pick({ kind: true, hedge: true, affiliation: true })
  .extend({
    reportId: id,
    count: z.coerce
      .number({ error: 'Enter a number.' })
      .int('Enter a whole number.')
      .min(0, 'A count cannot be negative.')
      .max(100_000, 'That is more than any incident has had; check the figure.'),
    // Empty, or left out (the field is disabled for any side but the MSS), is no country.
    country: z.preprocess(
      (v) => blankToUndefined(v) ?? null,
      plainText().trim().max(60, 'At most 60 characters.').nullable(),
    ),
  })
  .check(countryOnlyForMss);

/**
 * Who did it or was hit, as one source says: the reader's actor fields (role, type, contingent)
 * and the report it cites. An actor of the register is given by its key (its name and type come
 * from the register); another group by its name and type.
 */
export const actorClaimInputSchema = actorDraftSchema
  .pick({ role: true })
  .extend({
    // "—" (no kind) is sent as an empty value: the register's actor has its own kind.
    type: z.preprocess(blankToUndefined, actorDraftSchema.shape.type.optional()),
    reportId: id,
    actorKey: z.preprocess(
      blankToUndefined,
      z
        .string()
        .max(60)
        .refine((k) => actorByKey(k) !== undefined, 'is not an actor of the register')
        .optional(),
    ),
    name: z.preprocess(blankToUndefined, plainText().trim().max(200, 'At most 200 characters.').optional()),
    country: z.preprocess(
      (v) => blankToUndefined(v) ?? null,
      plainText().trim().max(60, 'At most 60 characters.').nullable(),
    ),
  })
  .superRefine((v, ctx) => {
    if (!v.actorKey && !v.name)
      ctx.addIssue({
        code: 'custom',
        path: ['actorKey'],
        message: 'Choose an actor, or name another group.',
      });
    if (!v.actorKey && v.name && !v.type)
      ctx.addIssue({ code: 'custom', path: ['type'], message: 'Say what kind of actor it is.' });
  })
  .transform((v) => {
    const entry = v.actorKey ? actorByKey(v.actorKey) : undefined;
    return {
      reportId: v.reportId,
      role: v.role,
      actorKey: entry?.key ?? null,
      name: entry?.name ?? v.name ?? '',
      type: entry?.type ?? v.type ?? 'unidentified',
      country: v.country,
    };
  });

export const sourceLinkSchema = z.object({
  reportId: id,
  excerpt: plainText()
    .trim()
    .min(1, 'Quote the passage of the report that supports this incident.')
    .max(2000, 'At most 2,000 characters.'),
});

export type IncidentFields = z.infer<typeof incidentFieldsSchema>;
export type ClaimInput = z.infer<typeof claimInputSchema>;
export type ActorClaimInput = z.infer<typeof actorClaimInputSchema>;
export type SourceLink = z.infer<typeof sourceLinkSchema>;

/** The fields an edit compares and the audit log records. */
export const EDITABLE_FIELDS = [
  'title',
  'summary',
  'date',
  'dateEnd',
  'datePrecision',
  'type',
  'locationId',
  'placePrecision',
  'placeText',
  'status',
] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];
export type IncidentSnapshot = Record<EditableField, string | number | null>;
