// One batch as the caller's role sees it: the bureau's (and the administrators') whole batch, an
// agency's review task, a department's results. The header is the same for all.
import { api } from '../../api.js';
import { dateTime, esc, num, view } from '../../dom.js';
import { t } from '../../i18n.js';
import { label } from '../../labels.js';
import { me } from '../../session.js';
import { agencyBatch } from './agency-batch.js';
import { bureauBatch } from './bureau-batch.js';
import { batchPath, batchStatus, dueDay, problem } from './common.js';
import { departmentBatch } from './department-batch.js';

export async function batchPage(id) {
  const r = await api('GET', batchPath(id));
  if (!r.ok) { view().innerHTML = `<p class="form-error">${esc(problem(r))}</p>`; return; }
  if (me.role === 'EVALUATOR') await agencyBatch(r.json);
  else if (me.role === 'DEPARTMENT') await departmentBatch(r.json);
  else await bureauBatch(r.json);
}

/** The way back to the list, the batch's name and where it stands. */
export function batchHeader(b) {
  return `<p class="small"><a href="#/self-evaluation">${esc(t('seBackToList'))}</a></p>
    <h1 id="batch-name">${esc(b.name)}</h1><div class="summary-bar" id="batch-summary">${summary(b)}</div>`;
}

/** The summary bar's content, drawn again when the batch changes (progress, selection). */
export function summary(b) {
  const tx = key => esc(t(key));
  const item = (key, value, id) => `<span>${tx(key)} <strong id="${esc(id)}">${esc(value)}</strong></span>`;
  const bureau = me.role === 'BUREAU' || me.role === 'ADMIN';
  return `${batchStatus(b.status)} ${item('year', b.year, 'batch-year')}
    ${bureau ? item('seForms', b.total, 'batch-total') + item('seProcessed', b.processed, 'batch-processed')
      + item('seFlagged', b.flagged, 'batch-flagged') + item('seWithErrors', b.withErrors, 'batch-with-errors')
      + item('seFailed', b.failed, 'batch-failed') : ''}
    ${b.answerDueAt ? item('seAnswerDue', dueDay(b.answerDueAt), 'batch-answer-due') : ''}
    ${b.closedAt ? item('seClosedAt', dateTime(b.closedAt), 'batch-closed-at') : ''}
    ${bureau ? `<span class="muted small" id="batch-rules-text">${esc(t('seRulesText', label('atMostScorings', b.rules.atMost),
      num(b.rules.overachievedAtPercent), num(b.rules.executionGapPoints)))}</span>` : ''}`;
}
