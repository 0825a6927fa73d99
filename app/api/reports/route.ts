/**
 * POST /api/reports — a machine client (a scraper, a partner's feed) submits a report as JSON:
 * { title?, outlet?, url?, publishedAt?, text }. It goes through the reader and is stored the
 * way `npm run ingest` stores it (findings as drafts for an editor to review). Editors only.
 * 201 with what was stored; 200 when the same text is already stored; 4xx in the one error shape.
 */

import { authorizeRoute } from '@/lib/auth/route-access';
import { apiError, validationError } from '@/lib/http/api-error';
import { apiRoute } from '@/lib/http/api-route';
import { readJsonBody } from '@/lib/http/json-body';
import { otherMethods } from '@/lib/http/route-methods';
import { DraftRefusedError, type IngestResult, ingestReport } from '@/lib/ingest/ingest-report';
import { draftOverLimit } from '@/lib/reports/report-limits';
import { MAX_REPORT_CHARS, reportInputSchema } from '@/lib/reports/schema';
import { appSql } from '@/lib/store/app-sql';

// UTF-8 takes up to 4 bytes a character; allow the fields around the text too.
const MAX_BODY_BYTES = MAX_REPORT_CHARS * 4 + 16_384;

export const POST = apiRoute(
  { route: '/api/reports', access: 'editor' },
  async (request: Request): Promise<Response> => {
    const access = await authorizeRoute(request, 'editor');
    if (!access.ok) return access.response;
    const body = await readJsonBody(request, MAX_BODY_BYTES);
    if (!body.ok) return body.response;
    const parsed = reportInputSchema.safeParse(body.value);
    if (!parsed.success) return validationError(parsed.error, 'The report is not valid.');
    let result: IngestResult;
    try {
      result = await ingestReport(await appSql(), parsed.data, {
        userId: access.user?.id ?? null,
        refuse: draftOverLimit,
      });
    } catch (error) {
      if (error instanceof DraftRefusedError) return apiError(422, 'unprocessable', error.message);
      throw error;
    }
    return Response.json(
      {
        data: {
          reportId: result.reportId,
          created: result.created,
          incidents: result.incidents,
          warnings: result.warnings,
        },
      },
      { status: result.created ? 201 : 200 },
    );
  },
);

export const { GET, HEAD, OPTIONS, PUT, DELETE, PATCH } = otherMethods('/api/reports', ['POST']);
