/**
 * What one server-action request may carry, stated once: next.config.ts gives it to Next as
 * `serverActions.bodySizeLimit`, proxy.ts refuses a larger request before Next reads it, and the
 * forms say it in their messages.
 *
 * A constant, not a setting: it follows from the report limits in lib/reports/schema.ts and is
 * not the operator's to tune. The largest request is the saved review of a report: its text (up to
 * MAX_REPORT_CHARS = 100,000 characters, 400 KB as UTF-8 at worst) and up to MAX_REPORT_ITEMS =
 * 2,500 incidents with their claims and evidence. The
 * densest review we could write (1,519 incidents) was 0.9 MB, so 4 MB leaves room for the worst
 * case; raising it lets no larger report in (the schema refuses it), lowering it would refuse
 * reviews the schema allows.
 */
export const MAX_ACTION_BODY_BYTES = 4 * 1024 * 1024;

/** "4 MB": the limit as people read it. */
export const MAX_ACTION_BODY_LABEL = `${MAX_ACTION_BODY_BYTES / (1024 * 1024)} MB`;

/** React's encodeReply sends FormData (multipart) or a JSON string (text/plain); nothing else. */
export const ACTION_CONTENT_TYPES = ['multipart/form-data', 'text/plain'] as const;

/** Next's action ids: 42 hex digits (next/dist/shared/lib/server-reference-info.js). */
export const ACTION_ID = /^[0-9a-f]{42}$/;
