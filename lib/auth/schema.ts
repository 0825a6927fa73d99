/** Accounts' shared shapes: the sign-in form, the user form and the CLI validate with these. */
import { z } from 'zod';
import { plainText } from '../validation/plain-text';
import { isCommonPassword } from './common-passwords';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './password-rules';
import { ROLES } from './roles';

export { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH };

export const emailSchema = z
  .string({ error: 'Enter an email address.' })
  .trim()
  .toLowerCase()
  .max(254, 'An email address is at most 254 characters.')
  .pipe(z.email({ error: 'Enter a valid email address, like name@example.org.' }));

export const signInSchema = z.object({
  email: emailSchema,
  // Not trimmed: spaces may be part of a password. Length is capped so hashing stays cheap.
  password: z
    .string({ error: 'Enter your password.' })
    .min(1, 'Enter your password.')
    .max(MAX_PASSWORD_LENGTH, `A password is at most ${MAX_PASSWORD_LENGTH} characters.`),
});

export const newPasswordSchema = z
  .string({ error: 'Enter a password.' })
  .min(MIN_PASSWORD_LENGTH, `Use at least ${MIN_PASSWORD_LENGTH} characters.`)
  .max(MAX_PASSWORD_LENGTH, `Use at most ${MAX_PASSWORD_LENGTH} characters.`)
  .refine((p) => p.trim().length > 0, 'A password cannot be only spaces.')
  .refine(
    (p) => !isCommonPassword(p),
    'That password is on a list of common or breached passwords. Choose another (a few unrelated words work well).',
  );

/** Changing one's own password: the current one, and the new one typed twice. */
export const changePasswordSchema = z
  .object({
    current: z
      .string({ error: 'Enter your current password.' })
      .min(1, 'Enter your current password.')
      .max(MAX_PASSWORD_LENGTH),
    password: newPasswordSchema,
    confirm: z.string({ error: 'Type the new password again.' }),
  })
  .refine((v) => v.password === v.confirm, { path: ['confirm'], message: 'The two new passwords differ.' });

export const userSchema = z.object({
  email: emailSchema,
  name: plainText().trim().min(1, 'Enter a name.').max(120, 'A name is at most 120 characters.'),
  role: z.enum(ROLES, { error: 'Choose viewer, editor or admin.' }),
  password: newPasswordSchema,
});

export type SignInInput = z.infer<typeof signInSchema>;
export type UserInput = z.infer<typeof userSchema>;
