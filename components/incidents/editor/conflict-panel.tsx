import Link from 'next/link';
import type { ConflictDetails } from '@/lib/incidents/form-states';
import {
  EDITABLE_FIELD_LABELS,
  INCIDENT_TYPE_LABELS,
  PLACE_PRECISION_LABELS,
  STATUS_LABELS,
} from '@/lib/incidents/labels';
import type { EditableField } from '@/lib/incidents/schema';

const VALUE_LABELS: Partial<Record<EditableField, Record<string, string>>> = {
  type: INCIDENT_TYPE_LABELS,
  placePrecision: PLACE_PRECISION_LABELS,
  status: STATUS_LABELS,
};

/**
 * What someone else saved while this editor was editing: per field, the value the editor opened,
 * the one stored now and the editor's own. Fields only the other editor changed are already in
 * the form; a field both changed asks the editor to choose, and saving again waits for the choice.
 */
export function ConflictPanel({
  conflict,
  incidentId,
  placeName,
}: {
  conflict: ConflictDetails;
  incidentId: number;
  placeName: (id: string) => string;
}) {
  const shown = (field: EditableField, value: string) => {
    if (value === '') return '—';
    if (field === 'locationId') return placeName(value);
    return VALUE_LABELS[field]?.[value] ?? value;
  };
  return (
    <section className="conflict" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading">Changed meanwhile{conflict.by ? ` by ${conflict.by}` : ''}</h2>
      {conflict.deleted ? <p>The incident has been deleted. Restore it before saving.</p> : null}
      {conflict.changes.length ? (
        <table className="claims-table">
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">When you opened it</th>
              <th scope="col">Now stored</th>
              <th scope="col">Yours</th>
              <th scope="col">Saving again keeps</th>
            </tr>
          </thead>
          <tbody>
            {conflict.changes.map((c) => (
              <tr key={c.field}>
                <th scope="row">{EDITABLE_FIELD_LABELS[c.field]}</th>
                <td>{shown(c.field, c.was)}</td>
                <td>{shown(c.field, c.now)}</td>
                <td>
                  {c.yours === c.was ? (
                    <span className="muted">not changed by you</span>
                  ) : (
                    shown(c.field, c.yours)
                  )}
                </td>
                <td>
                  {c.clash ? (
                    <fieldset className="conflict-choice">
                      <legend>{EDITABLE_FIELD_LABELS[c.field]}: both changed it. Which value to keep?</legend>
                      <label>
                        <input
                          type="radio"
                          name={`choose:${c.field}`}
                          value="theirs"
                          defaultChecked={c.chosen === 'theirs'}
                        />{' '}
                        Keep the stored value
                      </label>
                      <label>
                        <input
                          type="radio"
                          name={`choose:${c.field}`}
                          value="mine"
                          defaultChecked={c.chosen === 'mine'}
                        />{' '}
                        Keep yours (as in the form)
                      </label>
                    </fieldset>
                  ) : c.yours === c.was || c.yours === c.now ? (
                    'the stored value (now in the form)'
                  ) : (
                    'yours'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>Its sources or casualty claims changed; its details did not.</p>
      )}
      <p>
        Saving again stores only what you changed, on top of version {conflict.version}.{' '}
        <Link href={`/incidents/${incidentId}`}>See the incident as stored</Link>
      </p>
    </section>
  );
}
