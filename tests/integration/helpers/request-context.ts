/**
 * Next's request APIs (`next/headers`, `next/cache`) for tests that call server actions, route
 * handlers and page guards outside a Next server. A test file wires them with
 *   vi.mock('next/headers', () => import('./helpers/request-context').then((m) => m.nextHeaders));
 *   vi.mock('next/cache', () => import('./helpers/request-context').then((m) => m.nextCache));
 * and then plays the browser through `request`: the session cookie it sends, its other headers,
 * and the cookies the code set.
 */
export const request = {
  token: undefined as string | undefined,
  // What the server front (lib/cli/next-server.ts) stamps on every request.
  headers: { 'x-hit-client-address': '127.0.0.1', 'x-hit-client-proto': 'http' } as Record<string, string>,
  set: [] as { name: string; value: string; options: Record<string, unknown> }[],
};

export const nextHeaders = {
  cookies: async () => ({
    get: (name: string) => (request.token ? { name, value: request.token } : undefined),
    set: (name: string, value: string, options: Record<string, unknown>) =>
      request.set.push({ name, value, options }),
    delete: () => {},
  }),
  headers: async () => new Headers(request.headers),
};

export const nextCache = { revalidatePath: () => {}, revalidateTag: () => {} };

/** A form as the browser posts it to a server action. */
export function formOf(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

/** What a server action did: the state it returned, or where it redirected (Next throws for that). */
export async function actionOutcome(
  work: Promise<unknown>,
): Promise<{ redirect?: string; state?: Record<string, unknown> }> {
  try {
    return { state: (await work) as Record<string, unknown> };
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? '';
    if (!digest.startsWith('NEXT_REDIRECT')) throw error;
    return { redirect: digest.split(';')[2] };
  }
}
