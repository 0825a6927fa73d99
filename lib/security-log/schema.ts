/** The security log page's filters, as read from its address (a bad value is dropped, not an error). */
import { z } from 'zod';
import { SECURITY_EVENT_KINDS } from './kinds';

const day = z.iso.date().optional().catch(undefined);

export const securityLogFilterSchema = z.object({
  kind: z.enum(SECURITY_EVENT_KINDS).optional().catch(undefined),
  outcome: z.enum(['success', 'failure']).optional().catch(undefined),
  user: z.string().trim().toLowerCase().max(254).optional().catch(undefined),
  from: day,
  to: day,
  before: z.coerce.number().int().positive().optional().catch(undefined),
});

export type SecurityLogFilter = z.infer<typeof securityLogFilterSchema>;
