// An agency's review task in a batch (现场复核): its status, the forms rechecked of those dispatched
// to it, the due date, a return with the bureau's reason; its forms, each opened to be rechecked;
// the review submitted to the bureau once every form is rechecked.
import { api } from '../../api.js';
import { esc, view } from '../../dom.js';
import { t } from '../../i18n.js';
import { batchHeader } from './batch.js';
import { assignmentStatus, batchPath, dueDay, problem, progress } from './common.js';
import { formsTable } from './forms-table.js';

export async function agencyBatch(batch) {
  const r = await api('GET', batchPath(batch.id, '/assignments'));
  const a = r.ok ? r.json.items[0] : null;
  const tx = key => esc(t(key));
  view().innerHTML = `${batchHeader(batch)}
    <section class="card" id="assignment-card"><h2>${tx('seOurReview')}</h2>
      ${a ? `<div class="summary-bar">${assignmentStatus(a.status)}${a.overdue ? ` <span class="flag overdue">${tx('overdue')}</span>` : ''}
        <span>${tx('seRechecked')} ${progress('recheck-progress', a.rechecked, a.forms, t('seRechecked'))}</span>
        <span>${tx('dueDate')} <strong id="assignment-due">${esc(dueDay(a.dueAt))}</strong></span>
        ${a.returns ? `<span>${tx('seReturns')} <strong>${esc(a.returns)}</strong></span>` : ''}</div>
      ${a.returnReason && a.status === 'REVIEWING' ? `<p class="card notice-box" id="return-reason" role="alert">${esc(t('seReturnedBecause', a.returnReason))}</p>` : ''}
      ${a.status === 'REVIEWING' ? `<p class="muted small">${tx('seSubmitHint')}</p><div class="form-error" id="submit-error" role="alert"></div>
        <p class="buttons"><button type="button" class="primary" id="assignment-submit">${tx('seSubmitReview')}</button></p>` : ''}`
      : `<p class="form-error">${esc(problem(r))}</p>`}</section>
    <section class="card" id="forms-panel"></section>`;
  const submit = document.getElementById('assignment-submit');
  if (submit) {
    submit.onclick = async () => {
      const s = await api('POST', batchPath(batch.id, `/assignments/${encodeURIComponent(a.id)}/submit`));
      if (!s.ok) {
        const details = (s.json.details || []).map(d => d.message);
        document.getElementById('submit-error').textContent = details.length ? details.join(t('listSep')) : problem(s);
        return;
      }
      await agencyBatch(batch);
    };
  }
  await formsTable(document.getElementById('forms-panel'), { batch }, 'agency');
}
