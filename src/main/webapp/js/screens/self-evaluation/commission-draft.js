// 发起重点评价: a focused evaluation of a form's project or of a department, started from the review.
// GET …/commission-draft gives the body of a commission; the commission screen opens filled with it.
import { api } from '../../api.js';
import { commissionFrom } from '../commission.js';
import { batchPath, problem } from './common.js';

/** of: {formId} or {department}; what stops the draft is told in messageElement. */
export async function commissionDraft(batchId, of, messageElement) {
  messageElement.textContent = '';
  const r = await api('GET', batchPath(batchId, '/commission-draft?' + new URLSearchParams(of)));
  if (r.ok) { commissionFrom(r.json); return; }
  messageElement.textContent = problem(r);
}
