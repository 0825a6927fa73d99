import { expect } from 'vitest';
import { findDateMentions } from '@/lib/extract/dates';

/** The one date mention in `text`, resolved against `published`. */
export function oneDate(text: string, published: string | null) {
  const found = findDateMentions(text, 0, published);
  expect(found).toHaveLength(1);
  const [d] = found;
  return { date: d?.date, dateEnd: d?.dateEnd, precision: d?.precision, role: d?.role, label: d?.label };
}
