/** Warnings gathered while reading: one list of details, one of plain messages, no duplicates. */
import type { WarningCode, WarningDetail } from './schema';

export class WarningLog {
  readonly details: WarningDetail[] = [];
  private readonly seen = new Set<string>();

  add(code: WarningCode, message: string, evidence: string | null = null): void {
    const key = `${code}|${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.details.push({ code, message, evidence });
  }

  get messages(): string[] {
    return this.details.map((d) => d.message);
  }
}
