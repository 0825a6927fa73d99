'use client';

import {
  Bar,
  BarChart,
  CartesianGrid,
  ErrorBar,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';

export interface SideBar {
  label: string;
  killed: number;
  injured: number;
  missing: number;
  killedRange: [number, number];
  injuredRange: [number, number];
  missingRange: [number, number];
}

/** Best figure per side and kind, with the low–high range across sources as error bars. */
export function SideChart({ data }: { data: SideBar[] }) {
  return (
    <div
      className="chart"
      role="img"
      aria-label="Casualties by side and contributing country, best figure with low to high range"
    >
      <ResponsiveContainer width="100%" height={Math.max(200, 60 + data.length * 56)}>
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 24 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#d5d9dd" />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={180} />
          <Tooltip />
          <Legend />
          <Bar dataKey="killed" name="Killed" fill="#b2182b">
            <ErrorBar dataKey="killedRange" width={4} strokeWidth={1.5} stroke="#1d2327" direction="x" />
          </Bar>
          <Bar dataKey="injured" name="Injured" fill="#e69f00">
            <ErrorBar dataKey="injuredRange" width={4} strokeWidth={1.5} stroke="#1d2327" direction="x" />
          </Bar>
          <Bar dataKey="missing" name="Missing" fill="#56b4e9">
            <ErrorBar dataKey="missingRange" width={4} strokeWidth={1.5} stroke="#1d2327" direction="x" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
