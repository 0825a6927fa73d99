/** The report reader's public surface. */
export { type ReadReportOptions, readReport } from './read-report';
export * from './schema';
