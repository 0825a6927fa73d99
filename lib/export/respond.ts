import 'server-only';
import { fieldErrors } from '../http/api-error';
import { type IncidentFilters, parseFilters, searchParamsRecord } from '../incidents/filters';

/** Turns an async source of text chunks into a streamed download. */
export function streamDownload(
  chunks: AsyncIterable<string>,
  contentType: string,
  filename: string,
): Response {
  const encoder = new TextEncoder();
  const iterator = chunks[Symbol.asyncIterator]();
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
  return new Response(stream, {
    headers: {
      'content-type': contentType,
      'content-disposition': `attachment; filename="${filename}"`,
      'cache-control': 'no-store',
    },
  });
}

/** Strict parsing for machine clients: a bad filter is a 400, not silently ignored. */
export function filtersFromRequest(request: Request): { filters: IncidentFilters } | { response: Response } {
  const params = new URL(request.url).searchParams;
  const { filters, errors } = parseFilters(searchParamsRecord(params));
  if (Object.keys(errors).length > 0) return { response: fieldErrors(errors, 'Some filters are not valid.') };
  return { filters };
}
