import { apiError } from '../http/api-error';

export function validationErrorFromFields(errors: Record<string, string[] | undefined>): Response {
  const issues = Object.entries(errors).flatMap(([path, messages]) =>
    (messages ?? []).map((message) => ({ path, message })),
  );
  return apiError(400, 'bad_request', 'Some filters are not valid.', issues);
}
