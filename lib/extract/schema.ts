/**
 * The report draft: what the reader proposes from one article, what the editor's form shows and
 * corrects, and what the JSON API accepts back. One contract, zod only, no server imports.
 */
import { z } from 'zod';
import { ACTOR_TYPES } from '../actors/register';
import { isoDateSchema } from '../dates/iso-date';

export const datePrecisionSchema = z.enum(['day', 'week', 'month', 'year']);
export const hedgeSchema = z.enum(['exact', 'at_least', 'at_most', 'about']);
export const affiliationSchema = z.enum(['mss', 'police', 'army', 'civilian', 'gang', 'unknown']);
export const casualtyKindSchema = z.enum(['killed', 'injured', 'missing']);
export const incidentTypeSchema = z.enum([
  'armed_clash',
  'attack',
  'ambush',
  'killing',
  'gunfire',
  'arrest',
  'kidnapping',
  'evacuation',
  'other',
]);
export const placePrecisionSchema = z.enum(['exact', 'neighbourhood', 'commune', 'department', 'country']);

/** A month ("2024-06") or a day ("2024-06-25"): deployments and milestones are often only known to the month. */
export const partialDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}(-\d{2})?$/, 'must be written YYYY-MM or YYYY-MM-DD')
  .refine((v) => isoDateSchema.safeParse(v.length === 7 ? `${v}-01` : v).success, 'is not a real date');

/** Character offsets into the text the reader was given: `text.slice(from, to)` is the sentence. */
export const evidenceSpanSchema = z
  .object({ from: z.int().min(0), to: z.int().min(0) })
  .refine((s) => s.to > s.from, 'an evidence span must not be empty');

const evidence = {
  evidence: z.string().min(1),
  evidenceSpans: z.array(evidenceSpanSchema).min(1),
};

export const placeMatchSchema = z.object({
  key: z.string().min(1),
  name: z.string().min(1),
  /** The department the place lies under (the place itself when it is one); null for the country. */
  department: z.string().nullable(),
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  matchedText: z.string().min(1),
  precision: placePrecisionSchema,
});

export const personSchema = z.object({
  name: z.string().min(1),
  age: z.int().min(0).max(120).nullable(),
});

export const COUNTRY_ONLY_FOR_MSS = 'A contributing country applies only to MSS personnel.';

/**
 * A claim's country names the MSS contingent its victims belonged to: no other side has one
 * (police killed "with country Kenya" would be counted as Kenyan losses by anyone reading the API).
 * The one rule every claim schema checks: the reader's, the review screen's, the claims editor's.
 */
export const countryOnlyForMss = z.refine<{ affiliation: string; country?: string | null }>(
  (c) => c.affiliation === 'mss' || !c.country,
  { path: ['country'], message: COUNTRY_ONLY_FOR_MSS },
);

/** A casualty claim's fields; the schemas that extend them check countryOnlyForMss again. */
export const casualtyFieldsSchema = z.object({
  kind: casualtyKindSchema,
  count: z.int().min(1),
  hedge: hedgeSchema,
  affiliation: affiliationSchema,
  country: z.string().nullable(),
  persons: z.array(personSchema),
  evidence: z.string().min(1),
  /**
   * Only where the report quotes competing tolls for the same victims: who gives this one
   * ("police", "RNDDH", "UN"). The figure the report leads with comes first.
   */
  attribution: z.string().nullable().optional(),
});

export const casualtySchema = casualtyFieldsSchema.check(countryOnlyForMss);

/** What the reader was unsure of about one incident: the editor checks these first. */
export const readerFlagCodeSchema = z.enum([
  'place_from_context',
  'place_not_found',
  'date_estimated',
  'date_assumed',
  'side_inferred',
  'competing_tolls',
  'split_scene',
  'toll_uncounted',
]);

export const readerFlagSchema = z.object({
  code: readerFlagCodeSchema,
  message: z.string().min(1),
});

/** Who acted in an incident, or was acted on, as one sentence of the report says (incident-actors.ts). */
export const actorDraftSchema = z.object({
  role: z.enum(['perpetrator', 'target']),
  /** The actor register's key, or null for a group it does not know ("the Savien gang"). */
  key: z.string().min(1).nullable(),
  name: z.string().min(1).max(200),
  type: z.enum(ACTOR_TYPES),
  /** The MSS contingent, when the text says which ("Kenyan officers"). */
  country: z.string().nullable(),
  evidence: z.string().min(1),
});

export const incidentDraftSchema = z.object({
  /** Null only when nothing in the text or its publication date lets the reader date the event. */
  date: isoDateSchema.nullable(),
  dateEnd: isoDateSchema.nullable(),
  datePrecision: datePrecisionSchema.nullable(),
  /** How the date was reached, when it was not stated outright (e.g. "not stated; dated to the month of …"). */
  dateNote: z.string().nullable(),
  /** Undated only: the weekday the report names ("on Tuesday" = 2, Sunday = 0), so the store can look for it. */
  weekday: z.int().min(0).max(6).nullable().optional(),
  /** Undated only: the month and day a yearless date names ("Aug. 3" = "08-03"), so the store can look for it. */
  monthDay: z
    .string()
    .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)
    .nullable()
    .optional(),
  type: incidentTypeSchema,
  title: z.string().min(1).max(200),
  place: placeMatchSchema.nullable(),
  placeText: z.string().nullable(),
  casualties: z.array(casualtySchema),
  /** People the event is about who are not casualties: the arrested, the kidnapped. */
  persons: z.array(personSchema.extend({ role: z.string() })),
  /** Its perpetrators and targets, each with its evidence; absent from drafts made before actors. */
  actors: z.array(actorDraftSchema).optional(),
  ...evidence,
  confidence: z.number().min(0).max(1),
  flags: z.array(readerFlagSchema).optional(),
});

export const deploymentDraftSchema = z.object({
  /** A contributing country, or "MSS" for the whole mission. */
  country: z.string().min(1),
  personnel: z.int().min(1),
  hedge: hedgeSchema,
  date: partialDateSchema.nullable(),
  datePrecision: datePrecisionSchema.nullable(),
  kind: z.enum(['arrival', 'strength', 'planned']),
  /** Set when the number was worked out rather than read, e.g. a share of a total. */
  note: z.string().nullable(),
  ...evidence,
});

export const milestoneDraftSchema = z.object({
  subject: z.enum(['mission_launch', 'mission_authorization', 'first_deployment']),
  country: z.string().min(1),
  date: partialDateSchema,
  datePrecision: datePrecisionSchema,
  ...evidence,
});

export const figureDraftSchema = z.object({
  metric: z.enum(['killed', 'injured', 'missing', 'displaced', 'kidnapped']),
  value: z.int().min(1),
  hedge: hedgeSchema,
  /** The period as the source put it ("2024", "February and March 2025", "since 2021"). */
  period: z.string().nullable(),
  periodStart: isoDateSchema.nullable(),
  periodEnd: isoDateSchema.nullable(),
  scope: z.string().min(1),
  affiliation: affiliationSchema.nullable(),
  country: z.string().nullable(),
  attributedTo: z.string().nullable(),
  note: z.string().nullable(),
  ...evidence,
});

export const warningCodeSchema = z.enum([
  'weekday_mismatch',
  'conflicting_figures',
  'unresolved_date',
  'assumed_date',
  'unknown_place',
  'estimated_publication_date',
  'reference_conflict',
  'empty_text',
  'reader_error',
  'partial_language',
  'unread_language',
]);

export const warningDetailSchema = z.object({
  code: warningCodeSchema,
  message: z.string().min(1),
  evidence: z.string().nullable(),
});

export const reportDraftSchema = z.object({
  publishedAt: isoDateSchema.nullable(),
  /** The outlet a dateline names ("PORT-AU-PRINCE, Haiti (AP) —" → "AP"). */
  outlet: z.string().nullable().optional(),
  /** The language the text is written in (franc): en, fr, ht (read in part) or other (not read). */
  language: z.enum(['en', 'fr', 'ht', 'other']).nullable().optional(),
  publishedAtEstimated: z.boolean(),
  incidents: z.array(incidentDraftSchema),
  deployments: z.array(deploymentDraftSchema),
  milestones: z.array(milestoneDraftSchema),
  figures: z.array(figureDraftSchema),
  warnings: z.array(z.string()),
  warningDetails: z.array(warningDetailSchema),
});

export type DatePrecision = z.infer<typeof datePrecisionSchema>;
export type Hedge = z.infer<typeof hedgeSchema>;
export type Affiliation = z.infer<typeof affiliationSchema>;
export type CasualtyKind = z.infer<typeof casualtyKindSchema>;
export type IncidentType = z.infer<typeof incidentTypeSchema>;
export type PlacePrecision = z.infer<typeof placePrecisionSchema>;
export type EvidenceSpan = z.infer<typeof evidenceSpanSchema>;
export type PlaceMatch = z.infer<typeof placeMatchSchema>;
export type Person = z.infer<typeof personSchema>;
export type CasualtyDraft = z.infer<typeof casualtySchema>;
export type ActorDraft = z.infer<typeof actorDraftSchema>;
export type ActorRole = ActorDraft['role'];
export type IncidentDraft = z.infer<typeof incidentDraftSchema>;
export type DeploymentDraft = z.infer<typeof deploymentDraftSchema>;
export type MilestoneDraft = z.infer<typeof milestoneDraftSchema>;
export type FigureDraft = z.infer<typeof figureDraftSchema>;
export type ReaderFlag = z.infer<typeof readerFlagSchema>;
export type ReaderFlagCode = z.infer<typeof readerFlagCodeSchema>;
export type WarningCode = z.infer<typeof warningCodeSchema>;
export type WarningDetail = z.infer<typeof warningDetailSchema>;
export type ReportDraft = z.infer<typeof reportDraftSchema>;
