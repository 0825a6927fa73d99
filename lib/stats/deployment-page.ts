/**
 * What the Deployments page lists, bounded: the chart takes every figure, but the page lists the
 * figures 50 a page (newest first), the latest 10 disagreements (the mission's start first when
 * sources disagree on it; all on request) and the latest 20 planned figures.
 */
import { type ConflictGroup, type DeploymentPoint, deploymentConflicts } from './deployments';

export const FIGURES_PER_PAGE = 50;
export const CONFLICTS_SHOWN = 10;
export const PLANNED_SHOWN = 20;

export interface DeploymentLists {
  figures: DeploymentPoint[];
  page: number;
  pages: number;
  conflicts: ConflictGroup[];
  conflictCount: number;
  planned: DeploymentPoint[];
  plannedCount: number;
}

/** A page number from the query: a whole number from 1; anything else is the first page. */
export function pageNumber(value: unknown): number {
  return typeof value === 'string' && /^\d{1,6}$/.test(value) ? Math.max(1, Number(value)) : 1;
}

/** `points` in date order, as listDeployments gives them. */
export function deploymentLists(
  points: readonly DeploymentPoint[],
  options: { page: number; allConflicts: boolean },
): DeploymentLists {
  const groups = deploymentConflicts(points);
  const start = groups.filter((c) => c.key === 'mission-start');
  const rest = groups.filter((c) => c.key !== 'mission-start');
  const conflicts = options.allConflicts ? groups : [...start, ...rest.slice(-CONFLICTS_SHOWN).reverse()];
  const allPlanned = points.filter((p) => p.kind === 'planned');
  const newestFirst = [...points].reverse();
  const pages = Math.max(1, Math.ceil(newestFirst.length / FIGURES_PER_PAGE));
  const page = Math.min(options.page, pages);
  return {
    figures: newestFirst.slice((page - 1) * FIGURES_PER_PAGE, page * FIGURES_PER_PAGE),
    page,
    pages,
    conflicts,
    conflictCount: groups.length,
    planned: allPlanned.slice(-PLANNED_SHOWN).reverse(),
    plannedCount: allPlanned.length,
  };
}
