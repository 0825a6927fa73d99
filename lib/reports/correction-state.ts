/** How the report page's correction and withdrawal forms are answered. */
import type { FormState } from '../forms/form-state';
import type { RedatePlan } from './redate';

export interface CorrectReportState extends FormState {
  /** The new publication date would move these incident dates: shown, applied only when confirmed. */
  preview?: RedatePlan;
}

export interface WithdrawReportState extends FormState {
  /** Incidents the withdrawal left without a source (flagged for review). */
  unsourced?: { id: number; title: string }[];
}
