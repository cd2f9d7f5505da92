// Quy trình xem xét — the states a stored report goes through and which step
// leads from which state, as data: one table the service, the API and the pages read.
import type { Message } from '@dvcq/core';
import type { ReviewAction, ReviewState } from '../store/types';

/** Các trạng thái xem xét — every review state, in workflow order. */
export const REVIEW_STATES = ['awaiting-approval', 'submitted', 'returned', 'resubmitted', 'accepted'] as const satisfies readonly ReviewState[];

/** Tên trạng thái — how each review state is named on pages (Vietnamese first, English beside). */
export const REVIEW_STATE_LABELS: Readonly<Record<ReviewState, Message>> = {
  'awaiting-approval': { vi: 'Chờ lãnh đạo đơn vị duyệt', en: "Awaiting the unit head's approval" },
  submitted: { vi: 'Đã nộp, chờ tiếp nhận', en: 'Submitted, awaiting review' },
  returned: { vi: 'Bị trả lại để sửa', en: 'Returned for correction' },
  resubmitted: { vi: 'Đã nộp lại, chờ tiếp nhận', en: 'Resubmitted, awaiting review' },
  accepted: { vi: 'Đã tiếp nhận', en: 'Accepted' },
};

/** Các bước xem xét — every step of the workflow. */
export const REVIEW_ACTIONS = ['submit', 'approve', 'return', 'accept'] as const satisfies readonly ReviewAction[];

/** Tên bước — how each step is named in a history (Vietnamese first, English beside). */
export const REVIEW_ACTION_LABELS: Readonly<Record<ReviewAction, Message>> = {
  submit: { vi: 'Nộp báo cáo', en: 'Submitted' },
  approve: { vi: 'Lãnh đạo đơn vị duyệt', en: 'Approved by the unit head' },
  return: { vi: 'Trả lại để sửa', en: 'Returned for correction' },
  accept: { vi: 'Tiếp nhận', en: 'Accepted' },
};

/** Bước do người xem xét chọn — the steps a person takes through the API (a submission records `submit` itself). */
export type ReviewDecision = Exclude<ReviewAction, 'submit'>;

/** @internal The steps a person may take, for input checks. */
export const _DECISIONS: readonly ReviewDecision[] = ['approve', 'return', 'accept'];

/**
 * Trạng thái khi nộp — the state a report starts in: waiting for the unit head when the
 * plan asks for approval, else `resubmitted` for a correction and `submitted` otherwise.
 * @param isCorrection - the report replaces an earlier one
 * @param approvalRequired - the unit head approves before a report leaves the unit
 * @returns the first state
 */
export function initialReviewState(isCorrection: boolean, approvalRequired: boolean): ReviewState {
  if (approvalRequired) return 'awaiting-approval';
  return isCorrection ? 'resubmitted' : 'submitted';
}

/**
 * Bước tiếp theo — the state a step leads to from a state, or `undefined` when the step is
 * not allowed there: `approve` only from `awaiting-approval`; `return` and `accept` only from
 * `submitted` or `resubmitted` (an accepted report is final; a returned one waits for the
 * unit's correction).
 * @param from - the current state
 * @param action - the step
 * @param isCorrection - the report replaces an earlier one (approval then leads to `resubmitted`)
 * @returns the next state, or `undefined`
 */
export function nextReviewState(from: ReviewState, action: ReviewDecision, isCorrection: boolean): ReviewState | undefined {
  switch (action) {
    case 'approve':
      return from === 'awaiting-approval' ? (isCorrection ? 'resubmitted' : 'submitted') : undefined;
    case 'return':
      return from === 'submitted' || from === 'resubmitted' ? 'returned' : undefined;
    case 'accept':
      return from === 'submitted' || from === 'resubmitted' ? 'accepted' : undefined;
  }
}
