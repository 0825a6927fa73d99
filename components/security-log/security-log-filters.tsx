import Form from 'next/form';
import { SECURITY_EVENT_KINDS, SECURITY_EVENT_LABELS } from '@/lib/security-log/kinds';
import type { SecurityLogFilter } from '@/lib/security-log/schema';

/** A GET form: the filters live in the address, so a filtered view can be linked and reloaded. */
export function SecurityLogFilters({ filter }: { filter: SecurityLogFilter }) {
  return (
    <Form
      key={JSON.stringify(filter)}
      action="/admin/security"
      className="filters"
      aria-label="Filter the security log"
      autoComplete="off"
    >
      <div className="field">
        <label htmlFor="f-kind">Event</label>
        <select id="f-kind" name="kind" defaultValue={filter.kind ?? ''}>
          <option value="">Any event</option>
          {SECURITY_EVENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {SECURITY_EVENT_LABELS[k]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-outcome">Outcome</label>
        <select id="f-outcome" name="outcome" defaultValue={filter.outcome ?? ''}>
          <option value="">Any outcome</option>
          <option value="success">Success</option>
          <option value="failure">Failure</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-user">Account</label>
        <input
          id="f-user"
          name="user"
          type="search"
          defaultValue={filter.user ?? ''}
          placeholder="email or part"
        />
      </div>
      <div className="field">
        <label htmlFor="f-from">From</label>
        <input id="f-from" name="from" type="date" defaultValue={filter.from ?? ''} />
      </div>
      <div className="field">
        <label htmlFor="f-to">To</label>
        <input id="f-to" name="to" type="date" defaultValue={filter.to ?? ''} />
      </div>
      <div className="actions">
        <button type="submit">Filter</button>
        <a href="/admin/security">Clear</a>
      </div>
    </Form>
  );
}
