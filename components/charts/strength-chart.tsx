'use client';

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { deploymentLabel } from '@/lib/stats/deployments';
import { SERIES_COLORS } from './colors';

/** Strength per contingent as steps: a figure holds until a source gives a new one. */
export function StrengthChart({
  rows,
  countries,
}: {
  rows: Record<string, string | number>[];
  countries: string[];
}) {
  return (
    <div
      className="chart"
      role="img"
      aria-label="Personnel deployed over time per contingent, as a step chart"
    >
      <ResponsiveContainer width="100%" height={320}>
        <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#d5d9dd" />
          <XAxis dataKey="month" />
          <YAxis allowDecimals={false} />
          <Tooltip />
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
