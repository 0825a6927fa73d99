import 'server-only';
/**
 * Every server action starts here. A refusal is an answer the form can show (with the typed
 * values kept, so a session that ended mid-edit loses nothing), not a crash.
 */
import type { FormState } from '../forms/form-state';
import { AccessDeniedError, requireRole } from './access';
import type { Role } from './roles';
import type { SessionUser } from './sessions';

export async function withRole<S>(
  role: Role,
  values: Record<string, string>,
  work: (user: SessionUser) => Promise<S>,
  options: { allowDuringRequirement?: boolean } = {},
): Promise<S | FormState> {
  let user: SessionUser;
  try {
    user = await requireRole(role, options);
  } catch (error) {
    if (!(error instanceof AccessDeniedError)) throw error;
    return {
      denied: error.reason === 'requirement' ? 'forbidden' : error.reason,
      message:
        error.reason === 'unauthenticated'
          ? 'Your session has ended. Sign in again (in another tab, to keep this form), then save again.'
          : error.message,
      values,
    };
  }
  return work(user);
}
