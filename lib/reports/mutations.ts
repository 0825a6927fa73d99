import { utcDate } from '../dates/iso-date';
import type { Db } from '../db';
import { Prisma } from '../generated/prisma/client';
import { reportContentHash } from './content-hash';
import { titleFromText } from './report-file';
import type { ValidReportInput } from './schema';

export interface StoredReport {
  id: number;
  title: string;
  created: boolean;
}

/**
 * Stores a report unless the same text is already stored, in which case the stored one is
 * returned untouched: ingesting an article twice is a no-op, not an error.
 */
export async function storeReport(
  db: Db,
  input: ValidReportInput,
  options: { userId?: number } = {},
): Promise<StoredReport> {
  const contentHash = reportContentHash(input.text);
  const existing = await db.report.findUnique({
    where: { contentHash },
    select: { id: true, title: true },
  });
  if (existing) return { ...existing, created: false };
  try {
    const report = await db.report.create({
      data: {
        title: input.title ?? titleFromText(input.text),
        outlet: input.outlet ?? null,
        url: input.url ?? null,
        publishedAt: input.publishedAt ? utcDate(input.publishedAt) : null,
        publishedPrecision: input.publishedAt ? 'day' : null,
        text: input.text,
        contentHash,
        ingestedById: options.userId ?? null,
      },
      select: { id: true, title: true },
    });
    return { ...report, created: true };
  } catch (error) {
    // Another request stored the same text between our read and our write.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      const winner = await db.report.findUniqueOrThrow({
        where: { contentHash },
        select: { id: true, title: true },
      });
      return { ...winner, created: false };
    }
    throw error;
  }
}
