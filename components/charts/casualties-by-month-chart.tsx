'use client';

import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { MonthPoint } from '@/lib/stats/casualties';
import { KIND_COLORS } from './colors';

/** Best figures stacked by kind; the dashed line is the high end of the sources' range. */
export function CasualtiesByMonthChart({
  data,
  height = 320,
  period = 'month',
}: {
  /** One point per period, empty periods included (calendar.ts), so the axis is calendar time. */
  data: MonthPoint[];
  height?: number;
  period?: 'month' | 'week';
}) {
  const rows = data.map((d) => ({ ...d, high: d.killedHigh + d.injuredHigh + d.missingHigh }));
  return (
    <div
      className="chart"
      role="img"
      aria-label={`Casualties per ${period}, stacked by kind, with the high estimate as a dashed line`}
    >
      <ResponsiveContainer width="100%" height={height}>
        <ComposedChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#d5d9dd" />
          <XAxis dataKey="month" />
          <YAxis allowDecimals={false} />
          <Tooltip />
          <Legend />
          <Bar dataKey="killed" name="Killed (best)" stackId="best" fill={KIND_COLORS.killed} />
          <Bar dataKey="injured" name="Injured (best)" stackId="best" fill={KIND_COLORS.injured} />
          <Bar dataKey="missing" name="Missing (best)" stackId="best" fill={KIND_COLORS.missing} />
          <Line dataKey="high" name="All kinds (high)" stroke="#1d2327" strokeDasharray="5 4" dot />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
