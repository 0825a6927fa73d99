'use client';

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { periodStart } from '@/lib/stats/calendar';
import { deploymentLabel } from '@/lib/stats/deployments';
import { SERIES_COLORS } from './colors';

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const monthLabel = (t: unknown) => (typeof t === 'number' ? MONTH.format(t) : String(t));

/**
 * Strength per contingent as steps: a figure holds until a source gives a new one. The axis is
 * time itself (a number), so eight months between two figures look like eight, not like one.
 */
export function StrengthChart({
  rows,
  countries,
}: {
  rows: Record<string, string | number>[];
  countries: string[];
}) {
  const timed = rows.map((row) => ({ ...row, t: periodStart(String(row.month)) }));
  return (
    <div
      className="chart"
      role="img"
      aria-label="Personnel deployed over time per contingent, as a step chart"
    >
      <ResponsiveContainer width="100%" height={320}>
        <LineChart data={timed} margin={{ top: 8, right: 24, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#d5d9dd" />
          <XAxis
            dataKey="t"
            type="number"
            scale="time"
            domain={['dataMin', 'dataMax']}
            tickFormatter={monthLabel}
          />
          <YAxis allowDecimals={false} />
          <Tooltip labelFormatter={monthLabel} />
          <Legend />
          {countries.map((country, i) => (
            <Line
              key={country}
              type="stepAfter"
              dataKey={country}
              name={deploymentLabel(country)}
              stroke={SERIES_COLORS[i % SERIES_COLORS.length]}
              strokeWidth={2}
              connectNulls
              dot={{ r: 4 }}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
