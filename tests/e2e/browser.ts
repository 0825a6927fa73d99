/** Where the system Chromium is; CHROMIUM_PATH overrides it for machines that keep it elsewhere. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
