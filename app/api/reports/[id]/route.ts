/**
 * /api/reports/:id — one stored report, for machine clients.
 *   GET     its details and version (readers).
 *   PATCH   { version?, title?, outlet?, url?, publishedAt?, dates?: 'apply' | 'keep' } corrects it
 *           (editors). A new publication date that would move incident dates is answered 409 with
 *           each change as an issue until the client says `dates`: 'apply' or 'keep'.
 *   DELETE  { version?, reason? } withdraws it (editors): kept for the record, what it said removed.
 * Errors in the one error shape; cross-site requests refused (authorizeRoute).
 */
import { z } from 'zod';
import { authorizeRoute } from '@/lib/auth/route-access';
import { apiError, validationError } from '@/lib/http/api-error';
import { apiRoute } from '@/lib/http/api-route';
import { decimalIdSchema } from '@/lib/http/decimal-id';
import { readJsonBody } from '@/lib/http/json-body';
import { otherMethods } from '@/lib/http/route-methods';
import { formatIncidentDate } from '@/lib/incidents/labels';
import { loadGazetteer } from '@/lib/ingest/gazetteer';
import { correctReport, openReport } from '@/lib/reports/correction-mutations';
import { getReport } from '@/lib/reports/queries';
import {
  DatesNeedConfirmationError,
  ReportNotFoundError,
  ReportVersionConflictError,
  ReportWithdrawnError,
} from '@/lib/reports/report-errors';
import { reportCorrectionSchema, withdrawalSchema } from '@/lib/reports/schema';
import { withdrawReport } from '@/lib/reports/withdrawal-mutations';
import { appSql } from '@/lib/store/app-sql';

export const dynamic = 'force-dynamic';

const MAX_BODY_BYTES = 16_384;
const versionSchema = z.object({ version: z.int().positive().optional() });
const patchSchema = versionSchema.extend({
  title: z.string().optional(),
  outlet: z.string().nullable().optional(),
  url: z.string().nullable().optional(),
  publishedAt: z.string().nullable().optional(),
  dates: z.enum(['apply', 'keep']).optional(),
});

type Context = { params: Promise<{ id?: string }> };

/** The id in the address, or a 400: ids are plain decimal digits ("0x10" and "1e1" are none). */
async function reportId(context: Context): Promise<{ id: number } | { response: Response }> {
  const parsed = decimalIdSchema.safeParse((await context.params).id);
  if (parsed.success) return { id: parsed.data };
  return { response: validationError(parsed.error, 'The report id is not valid.') };
}

/** Typed refusals as API errors; anything else is a bug and is rethrown. */
function refusal(error: unknown): Response {
  if (error instanceof ReportNotFoundError) return apiError(404, 'not_found', error.message);
  if (error instanceof ReportWithdrawnError || error instanceof ReportVersionConflictError) {
    return apiError(409, 'conflict', error.message);
  }
  if (error instanceof DatesNeedConfirmationError) {
    const issues = error.plan.changes.map((c) => ({
      path: `incidents.${c.incidentId}.date`,
      message: `would change from ${formatIncidentDate(c.from.date, c.from.dateEnd, c.from.datePrecision)} to ${formatIncidentDate(c.to.date, c.to.dateEnd, c.to.datePrecision)}`,
    }));
    return apiError(409, 'conflict', `${error.message} Send "dates": "apply" or "keep".`, issues);
  }
  throw error;
}

export const GET = apiRoute(
  { route: '/api/reports/[id]', access: 'reader' },
  async (request: Request, context: Context): Promise<Response> => {
    const access = await authorizeRoute(request, 'reader');
    if (!access.ok) return access.response;
    const ref = await reportId(context);
    if ('response' in ref) return ref.response;
    const { id } = ref;
    const report = await getReport(id);
    if (!report) return apiError(404, 'not_found', 'No such report.');
    const { text: _text, ...data } = report;
    return Response.json({ data });
  },
);

export const PATCH = apiRoute(
  { route: '/api/reports/[id]', access: 'editor' },
  async (request: Request, context: Context): Promise<Response> => {
    const access = await authorizeRoute(request, 'editor');
    if (!access.ok) return access.response;
    const ref = await reportId(context);
    if ('response' in ref) return ref.response;
    const { id } = ref;
    const body = await readJsonBody(request, MAX_BODY_BYTES);
    if (!body.ok) return body.response;
    const patch = patchSchema.safeParse(body.value);
    if (!patch.success) return validationError(patch.error, 'The correction is not valid.');
    const sql = await appSql();
    try {
      const { dates, version, ...given } = patch.data;
      const current = await openReport(sql, id, undefined);
      // What the client leaves out stays as stored; null clears a field, as "" does on the form.
      const merged = { ...current, ...given };
      const parsed = reportCorrectionSchema.safeParse({
        title: merged.title,
        outlet: merged.outlet ?? '',
        url: merged.url ?? '',
        publishedAt: merged.publishedAt ?? '',
      });
      if (!parsed.success) return validationError(parsed.error, 'The correction is not valid.');
      const result = await correctReport(sql, {
        reportId: id,
        version,
        input: parsed.data,
        dates,
        gazetteer: await loadGazetteer(sql),
        userId: access.user?.id ?? null,
      });
      return Response.json({ data: { id, ...result } });
    } catch (error) {
      return refusal(error);
    }
  },
);

export const DELETE = apiRoute(
  { route: '/api/reports/[id]', access: 'editor' },
  async (request: Request, context: Context): Promise<Response> => {
    const access = await authorizeRoute(request, 'editor');
    if (!access.ok) return access.response;
    const ref = await reportId(context);
    if ('response' in ref) return ref.response;
    const { id } = ref;
    let value: unknown = {};
    if (request.body !== null && request.headers.get('content-length') !== '0') {
      const body = await readJsonBody(request, MAX_BODY_BYTES);
      if (!body.ok) return body.response;
      value = body.value;
    }
    const parsed = versionSchema.extend(withdrawalSchema.shape).safeParse(value);
    if (!parsed.success) return validationError(parsed.error, 'The withdrawal is not valid.');
    try {
      const done = await withdrawReport(await appSql(), {
        reportId: id,
        version: parsed.data.version,
        reason: parsed.data.reason,
        userId: access.user?.id ?? null,
      });
      return Response.json({ data: { id, withdrawn: true, ...done } });
    } catch (error) {
      return refusal(error);
    }
  },
);

export const { OPTIONS, POST, PUT } = otherMethods('/api/reports/[id]', ['GET', 'PATCH', 'DELETE']);
