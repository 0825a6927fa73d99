/**
 * A server action that fails outright (refused by proxy.ts, a server error, no connection) makes
 * React throw from the form's action, and the page turns into the error page with the form and
 * everything typed in it gone. Wrapped in `withFailureMessage`, the form instead gets its own
 * state back with a message it shows inline, values kept.
 */
import { unstable_rethrow } from 'next/navigation';
import { formValues } from './form-state';

/** The sentence for a failed action call, as the person at the form should read it. */
export function failureMessage(error: unknown): string {
  if (!(error instanceof Error)) return 'Something went wrong; nothing was done. Try again.';
  // Next's client names an action the server no longer has (a deployment since the page loaded).
  if (error.name === 'UnrecognizedActionError') {
    return 'The site was updated since this page was opened; nothing was done. Reload the page and try again.';
  }
  // fetch() itself failed: the request never reached the server.
  if (error instanceof TypeError) {
    return 'The server could not be reached; nothing was sent. Check the connection and try again.';
  }
  // A server error carries a digest; its text is redacted in production and means nothing here.
  if ('digest' in error) {
    return 'The server could not finish this. Reload the page to see what was saved, then try again.';
  }
  // A text/plain refusal (proxy.ts): Next's client throws a plain Error with our own sentence.
  return error.message;
}

/**
 * The action, answering its form with a message instead of throwing. A form's typed values come
 * back with it (React 19 clears the form once its action settles), as any refusal's do.
 */
export function withFailureMessage<State extends { message?: string; ok?: boolean }, Payload>(
  action: (state: State, payload: Payload) => Promise<State>,
): (state: State, payload: Payload) => Promise<State> {
  return async (state, payload) => {
    try {
      return await action(state, payload);
    } catch (error) {
      // redirect() and notFound() travel as errors; they are not failures.
      unstable_rethrow(error);
      const values = payload instanceof FormData ? { values: formValues(payload) } : {};
      return { ...state, ...values, ok: false, message: failureMessage(error) };
    }
  };
}
