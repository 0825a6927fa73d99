/**
 * The editor's review of a drafted report, as the review screen submits it. Built from the
 * shared report and draft schemas; the server parses every submission with it, since the
 * browser's copy of the draft is whatever the browser says it is.
 */
import { z } from 'zod';
import { isoDateSchema } from '../dates/iso-date';
import {
  casualtyFieldsSchema,
  countryOnlyForMss,
  datePrecisionSchema,
  deploymentDraftSchema,
  evidenceSpanSchema,
  figureDraftSchema,
  incidentDraftSchema,
  milestoneDraftSchema,
  readerFlagSchema,
  warningDetailSchema,
} from '../extract/schema';
import { plainText } from '../validation/plain-text';
import { MAX_REPORT_ITEMS, reportInputSchema } from './schema';

/** Far above any real casualty or deployment figure; stops a stray extra digit or two. */
export const MAX_COUNT = 1_000_000;
export const MAX_REVIEW_ITEMS = MAX_REPORT_ITEMS;
/** The reader warns of a few things per item at most. */
const MAX_WARNINGS = 4 * MAX_REPORT_ITEMS;

/** A form field that may be left empty: "" is null, anything else must pass `schema`. */
const blankOr = <T extends z.ZodType>(schema: T) =>
  plainText()
    .nullable()
    .transform((v) => (v === null || v.trim() === '' ? null : v))
    // The pipe's input is always string | null here; zod cannot see that through the generic.
    .pipe(schema.nullable() as unknown as z.ZodType<z.output<T> | null, string | null>);

/** A count typed into a form: "" and "abc" ask for a number, "-2" and "0" say why not. */
export const countSchema = z
  .union([z.number(), z.string()])
  .transform((v) => (typeof v === 'string' ? (v.trim() === '' ? undefined : Number(v)) : v))
  .pipe(
    z
      .number({ error: 'enter a whole number' })
      .int('must be a whole number')
      .refine((n) => n >= 0, { error: 'cannot be negative', abort: true })
      .refine((n) => n >= 1, { error: 'must be at least 1 (reject the item to drop it)', abort: true })
      .refine((n) => n <= MAX_COUNT, `must be at most ${MAX_COUNT.toLocaleString('en')}`),
  );

const optionalDate = blankOr(isoDateSchema);
const optionalText = (max: number) =>
  blankOr(plainText().trim().max(max, `must be at most ${max} characters`));

/** Step 1's fields as typed: an empty publication date is "unknown", not an error. */
export const reviewInputSchema = reportInputSchema.extend({ publishedAt: optionalDate });

export const incidentDecisionSchema = z.enum(['create', 'merge', 'reject']);

export const reviewCasualtySchema = casualtyFieldsSchema
  .extend({
    accepted: z.boolean(),
    count: countSchema,
    country: optionalText(80),
    persons: casualtyFieldsSchema.shape.persons.max(100),
    evidence: plainText().min(1).max(5_000),
  })
  .check(countryOnlyForMss);

export const reviewIncidentSchema = incidentDraftSchema.omit({ evidence: true, place: true }).extend({
  decision: incidentDecisionSchema,
  mergeInto: z.int().positive().nullable(),
  date: optionalDate,
  dateEnd: optionalDate,
  datePrecision: blankOr(datePrecisionSchema),
  title: plainText().trim().min(1, 'give the incident a title').max(200, 'must be at most 200 characters'),
  /** A gazetteer key, or null for "place not known". */
  placeKey: blankOr(z.string().max(100)),
  /** The words the reader matched the place on, kept while the place is unchanged. */
  placeMatchedText: z.string().max(300).nullable(),
  placeText: optionalText(300),
  casualties: z.array(reviewCasualtySchema).max(100),
  persons: incidentDraftSchema.shape.persons.max(100),
  evidenceSpans: z
    .array(evidenceSpanSchema)
    .min(1, 'choose the sentence of the report that tells it')
    .max(100),
  /** What the reader was unsure of; kept through the review and stored with the source. */
  flags: z
    .array(readerFlagSchema.extend({ message: plainText().min(1).max(500) }))
    .max(20)
    .optional(),
  /** Set on an incident the editor added because the reader missed it. */
  added: z.boolean().optional(),
});

const accepted = { accepted: z.boolean() };

export const reviewDeploymentSchema = deploymentDraftSchema.omit({ evidence: true }).extend({
  ...accepted,
  personnel: countSchema,
  country: plainText().trim().min(1, 'name the country').max(80),
});

export const reviewFigureSchema = figureDraftSchema
  .omit({ evidence: true })
  .extend({ ...accepted, value: countSchema, scope: plainText().trim().min(1, 'say where').max(200) });

export const reviewMilestoneSchema = milestoneDraftSchema.omit({ evidence: true }).extend(accepted);

const items = <T extends z.ZodType>(item: T) =>
  z.array(item).max(MAX_REVIEW_ITEMS, `at most ${MAX_REVIEW_ITEMS.toLocaleString('en')} items per report`);

/** What the review screen holds: every item, kept or rejected, in the reader's order. */
export const reviewStateSchema = z.object({
  input: reviewInputSchema,
  /** The reader's publication date: the given one, or its estimate from the text. */
  publishedAt: optionalDate,
  publishedAtEstimated: z.boolean(),
  /** The outlet the reader found in a dateline ("(AP)"), used when the editor gave none. */
  readerOutlet: plainText().trim().max(200).nullable().optional(),
  warningDetails: z.array(warningDetailSchema).max(MAX_WARNINGS),
  incidents: items(reviewIncidentSchema),
  deployments: items(reviewDeploymentSchema),
  milestones: items(reviewMilestoneSchema),
  figures: items(reviewFigureSchema),
});

/**
 * A rejected item is not stored, so only its decision is checked: a half-edited field the
 * editor then rejected must not block saving. Indexes stay those of the screen, so every
 * message lands on its field.
 */
const rejectedItem = z.looseObject({ accepted: z.literal(false) });
const kept = { accepted: z.literal(true) };

const keptIncidentSchema = reviewIncidentSchema
  .extend({
    decision: z.enum(['create', 'merge']),
    casualties: z
      .array(z.discriminatedUnion('accepted', [reviewCasualtySchema.safeExtend(kept), rejectedItem]))
      .max(100),
  })
  .superRefine((incident, ctx) => {
    if (!incident.date)
      ctx.addIssue({ code: 'custom', path: ['date'], message: 'give a date, or reject the incident' });
    if (!incident.datePrecision)
      ctx.addIssue({ code: 'custom', path: ['datePrecision'], message: 'say how precise the date is' });
    if (incident.date && incident.dateEnd && incident.dateEnd < incident.date)
      ctx.addIssue({ code: 'custom', path: ['dateEnd'], message: 'must not be before the start date' });
    if (incident.decision === 'merge' && incident.mergeInto === null)
      ctx.addIssue({ code: 'custom', path: ['mergeInto'], message: 'choose the incident to merge into' });
  });
const rejectedIncident = z.looseObject({
  decision: z.literal('reject'),
  title: plainText().max(300).optional(),
});

export const reviewSchema = reviewStateSchema
  .extend({
    incidents: items(z.discriminatedUnion('decision', [keptIncidentSchema, rejectedIncident])),
    deployments: items(z.discriminatedUnion('accepted', [reviewDeploymentSchema.extend(kept), rejectedItem])),
    milestones: items(z.discriminatedUnion('accepted', [reviewMilestoneSchema.extend(kept), rejectedItem])),
    figures: items(z.discriminatedUnion('accepted', [reviewFigureSchema.extend(kept), rejectedItem])),
  })
  .superRefine((review, ctx) => {
    // Evidence must point into, and quote, the text being stored.
    const { text } = review.input;
    const checkSpans = (spans: readonly { to: number }[], path: (string | number)[]) => {
      if (spans.some((s) => s.to > text.length))
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'evidenceSpans'],
          message: 'points outside the report text',
        });
    };
    review.incidents.forEach((incident, i) => {
      if (incident.decision === 'reject') return;
      checkSpans(incident.evidenceSpans, ['incidents', i]);
      incident.casualties.forEach((c, j) => {
        if (c.accepted && !text.includes(c.evidence))
          ctx.addIssue({
            code: 'custom',
            path: ['incidents', i, 'casualties', j, 'evidence'],
            message: 'is not quoted from the report text',
          });
      });
    });
    for (const key of ['deployments', 'milestones', 'figures'] as const) {
      review[key].forEach((item, i) => {
        if (item.accepted) checkSpans(item.evidenceSpans, [key, i]);
      });
    }
  });

/** What the review screen holds and submits (counts may still be the typed strings). */
export type ReviewInput = z.input<typeof reviewStateSchema>;
export type Review = z.output<typeof reviewSchema>;
export type ReviewIncidentInput = z.input<typeof reviewIncidentSchema>;
export type ReviewCasualtyInput = z.input<typeof reviewCasualtySchema>;
export type IncidentDecisionChoice = z.infer<typeof incidentDecisionSchema>;

/** Zod issues as field messages keyed by dotted path ("incidents.0.casualties.1.count"). */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_form';
    out[key] = [...(out[key] ?? []), issue.message];
  }
  return out;
}
