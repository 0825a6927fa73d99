/** What the security log records. Pure: the log page's filter and the writers share it. */
export const SECURITY_EVENT_KINDS = [
  'sign_in',
  'sign_in_throttled',
  'second_factor',
  'sign_out',
  'session_end',
  'account_create',
  'role_change',
  'account_disable',
  'account_enable',
  'password_change',
  'password_reset',
  'totp_enable',
  'totp_disable',
  'recovery_codes',
  'recovery_code_used',
  'totp_reset',
] as const;
export type SecurityEventKind = (typeof SECURITY_EVENT_KINDS)[number];

export const SECURITY_EVENT_LABELS: Record<SecurityEventKind, string> = {
  sign_in: 'Sign-in (password)',
  sign_in_throttled: 'Sign-in throttled',
  second_factor: 'Second factor',
  sign_out: 'Sign-out',
  session_end: 'Sessions ended',
  account_create: 'Account created',
  role_change: 'Role changed',
  account_disable: 'Account disabled',
  account_enable: 'Account enabled',
  password_change: 'Password changed',
  password_reset: 'Password reset by an admin',
  totp_enable: 'Two-factor sign-in turned on',
  totp_disable: 'Two-factor sign-in turned off',
  recovery_codes: 'Recovery codes made',
  recovery_code_used: 'Recovery code used',
  totp_reset: 'Two-factor sign-in reset by an admin',
};

export type SecurityOutcome = 'success' | 'failure';
