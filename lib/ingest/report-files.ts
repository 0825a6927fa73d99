/** Finding and reading report files for the ingest command. */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseReportFile } from '../reports/report-file';
import { reportInputSchema, type ValidReportInput } from '../reports/schema';

const REPORT_EXTENSIONS = new Set(['.txt', '.text', '.md']);

/** Files named directly are taken as they are; folders are searched for .txt/.text/.md files. */
export async function listReportFiles(
  targets: readonly string[],
): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (REPORT_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) files.push(full);
    }
  };
  for (const target of targets) {
    const info = await stat(target).catch(() => null);
    if (!info) missing.push(target);
    else if (info.isDirectory()) await walk(target);
    else files.push(target);
  }
  return { files: [...new Set(files)], missing };
}

export type ReadResult =
  | { ok: true; input: ValidReportInput; notes: string[] }
  | { ok: false; reason: string };

export async function readReportFile(file: string): Promise<ReadResult> {
  let content: string;
  try {
    const buffer = await readFile(file);
    if (buffer.includes(0)) return { ok: false, reason: 'not a text file' };
    content = buffer.toString('utf8');
  } catch (error) {
    return { ok: false, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  const parsed = parseReportFile(content);
  const result = reportInputSchema.safeParse({
    title: parsed.title,
    outlet: parsed.outlet,
    url: parsed.url,
    publishedAt: parsed.publishedAt,
    text: parsed.body,
  });
  if (!result.success) {
    return {
      ok: false,
      reason: result.error.issues.map((i) => `${i.path.join('.') || 'file'} ${i.message}`).join('; '),
    };
  }
  const notes = parsed.publishedUnparsed
    ? [`published: "${parsed.publishedUnparsed}" is not a date; the reader estimates it from the text`]
    : [];
  return { ok: true, input: result.data, notes };
}
