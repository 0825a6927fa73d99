/** Password lengths, shared by forms in the browser (hints) and the server's schemas. */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;
