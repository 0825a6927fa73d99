/** Review-screen field errors, keyed by the submitted path ("incidents.0.casualties.1.count"). */
export type ReviewErrors = Record<string, string[] | undefined>;

const domId = (path: string) => `err-${path.replace(/\./g, '-')}`;

/** Props that mark a control invalid and link it to its message. */
export function errorProps(errors: ReviewErrors, path: string) {
  return errors[path]?.length ? { 'aria-invalid': true as const, 'aria-describedby': domId(path) } : {};
}

/** For groups (fieldsets), which take a description but not aria-invalid. */
export function describedBy(errors: ReviewErrors, path: string) {
  return errors[path]?.length ? { 'aria-describedby': domId(path) } : {};
}

export function FieldError({ errors, path }: { errors: ReviewErrors; path: string }) {
  const messages = errors[path];
  if (!messages?.length) return null;
  return (
    <p id={domId(path)} className="field-error">
      {messages.join(' ')}
    </p>
  );
}

const NAMES: Record<string, string> = {
  incidents: 'Incident',
  casualties: 'claim',
  deployments: 'Deployment',
  milestones: 'Milestone',
  figures: 'Figure',
  input: 'Report',
  placeKey: 'place',
  mergeInto: 'merge',
  datePrecision: 'date precision',
  dateEnd: 'end date',
  evidenceSpans: 'evidence',
  publishedAt: 'publication date',
};

/** "incidents.0.casualties.1.count" → "Incident 1, claim 2, count". */
export function describePath(path: string): string {
  const parts = path.split('.');
  const words: string[] = [];
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k] ?? '';
    const next = parts[k + 1];
    if (next !== undefined && /^\d+$/.test(next)) {
      words.push(`${NAMES[part] ?? part} ${Number(next) + 1}`);
      k++;
    } else words.push(NAMES[part] ?? part);
  }
  return words.join(', ');
}

/** Every problem in one list, so none hides in a collapsed or scrolled-away part of the page. */
export function ErrorSummary({ errors }: { errors: ReviewErrors }) {
  const entries = Object.entries(errors).filter(([, m]) => m?.length);
  if (entries.length === 0) return null;
  return (
    <ul className="error-summary">
      {entries.map(([path, messages]) => (
        <li key={path}>
          {path === '_form' ? '' : `${describePath(path)}: `}
          {messages?.join(' ')}
        </li>
      ))}
    </ul>
  );
}
