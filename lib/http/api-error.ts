/** The JSON API answers every error in one shape: { error: { code, message, issues? } }. */
import type { z } from 'zod';

export type ApiErrorCode =
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'not_found'
  | 'method_not_allowed'
  | 'conflict'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'unprocessable'
  | 'internal'
  | 'service_unavailable'
  | 'insufficient_storage';

export function apiError(
  status: number,
  code: ApiErrorCode,
  message: string,
  issues?: { path: string; message: string }[],
): Response {
  return Response.json(
    { error: { code, message, ...(issues ? { issues } : {}) } },
    // An error is about this request only: no cache, shared or private, keeps it.
    { status, headers: { 'cache-control': 'no-store' } },
  );
}

export function validationError(error: z.ZodError, message = 'Some parameters are not valid.'): Response {
  return apiError(
    400,
    'bad_request',
    message,
    error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
  );
}

/** The same 400 for errors already grouped by field (as parseFilters returns them). */
export function fieldErrors(errors: Record<string, string[] | undefined>, message: string): Response {
  const issues = Object.entries(errors).flatMap(([path, messages]) =>
    (messages ?? []).map((m) => ({ path, message: m })),
  );
  return apiError(400, 'bad_request', message, issues);
}
