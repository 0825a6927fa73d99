'use client';

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { DepartmentTotal } from '@/lib/stats/casualties';
import { KIND_COLORS } from './colors';

export function DepartmentChart({ data }: { data: DepartmentTotal[] }) {
  return (
    <div className="chart" role="img" aria-label="Casualties by department, best figures stacked by kind">
      <ResponsiveContainer width="100%" height={Math.max(200, 60 + data.length * 44)}>
        <BarChart data={data} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 24 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#d5d9dd" />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="department" width={140} />
          <Tooltip />
          <Legend />
          <Bar dataKey="killed" name="Killed" stackId="k" fill={KIND_COLORS.killed} />
          <Bar dataKey="injured" name="Injured" stackId="k" fill={KIND_COLORS.injured} />
          <Bar dataKey="missing" name="Missing" stackId="k" fill={KIND_COLORS.missing} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
