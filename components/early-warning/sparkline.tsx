import { RECENT_WEEKS, WINDOW_WEEKS } from '@/lib/early-warning/surge';

const W = 112;
const H = 24;

/**
 * 56 weeks of a place's counts as a line, oldest on the left; the last 4 weeks shaded and the
 * baseline year's weekly mean dashed. A picture beside the table's numbers, not instead of them.
 */
export function Sparkline({ weekly, colour }: { weekly: readonly number[]; colour: string }) {
  const values = [...weekly].slice(0, WINDOW_WEEKS).reverse();
  const max = Math.max(1, ...values);
  const step = W / (WINDOW_WEEKS - 1);
  const y = (v: number) => H - 1 - (v / max) * (H - 2);
  const line = values
    .map((v, i) => `${i === 0 ? 'M' : 'L'}${Math.round(i * step)},${Math.round(y(v))}`)
    .join('');
  const baseline = values.slice(0, WINDOW_WEEKS - RECENT_WEEKS);
  const mean = baseline.reduce((a, b) => a + b, 0) / baseline.length;
  const recentX = (WINDOW_WEEKS - RECENT_WEEKS - 0.5) * step;
  return (
    <svg className="sparkline" width={W} height={H} viewBox={`0 0 ${W} ${H}`} aria-hidden="true">
      <rect x={recentX} y="0" width={W - recentX} height={H} fill="#eef1f4" />
      <line x1="0" x2={W} y1={y(mean)} y2={y(mean)} stroke="#8a96a3" strokeDasharray="3 2" />
      <path d={line} fill="none" stroke={colour} strokeWidth="1.5" />
    </svg>
  );
}
