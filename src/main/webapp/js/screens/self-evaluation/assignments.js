// The agencies' parts of the on-site review as the bureau follows them: status, forms rechecked of
// those dispatched, due date and overdue, returns; a submitted review approved or returned with the
// bureau's reason. Once every review is approved the departments answer, and the bureau closes the batch.
import { api } from '../../api.js';
import { dateTime, esc, showErrors } from '../../dom.js';
import { t } from '../../i18n.js';
import { assignmentStatus, batchPath, dueDay, problem, progress } from './common.js';

export async function assignmentsPanel(host, ctx) {
  const tx = key => esc(t(key));
  const r = await api('GET', batchPath(ctx.batch.id, '/assignments'));
  if (!host.isConnected) return;
  if (!r.ok) { host.innerHTML = `<h2>${tx('seAssignments')}</h2><p class="form-error">${esc(problem(r))}</p>`; return; }
  const deciding = ctx.owner && ctx.batch.status === 'IN_REVIEW';
  const th = (key, cls = '') => `<th class="${cls}">${tx(key)}</th>`;
  const columns = deciding ? 8 : 7;
  host.innerHTML = `<h2>${tx('seAssignments')}</h2>
    <table class="data small" id="assignment-table"><thead><tr>${th('agency')}${th('status')}${th('seRechecked')}${th('dueDate')}
      ${th('seSubmittedAt')}${th('seReturns', 'num')}${th('seReturnReason')}${deciding ? th('actions') : ''}</tr></thead>
    <tbody>${r.json.items.map(a => `<tr data-assignment-id="${esc(a.id)}" data-agency="${esc(a.agency)}">
      <td>${esc(a.agency)}</td>
      <td>${assignmentStatus(a.status)}${a.overdue ? ` <span class="flag overdue">${tx('overdue')}</span>` : ''}</td>
      <td class="nowrap">${progress('assignment-progress-' + a.id, a.rechecked, a.forms, t('seRecheckProgressOf', a.agency))}</td>
      <td class="nowrap">${esc(dueDay(a.dueAt))}</td><td class="nowrap">${esc(a.submittedAt ? dateTime(a.submittedAt) : '—')}</td>
      <td class="num">${esc(a.returns)}</td><td class="pre">${esc(a.returnReason || '—')}</td>
      ${deciding ? `<td class="nowrap">${a.status === 'SUBMITTED' ? `<button type="button" class="primary" data-act="approve">${tx('approve')}</button>
        <button type="button" data-act="return">${tx('returnBack')}</button>` : ''}</td>` : ''}</tr>
      ${deciding && a.status === 'SUBMITTED' ? `<tr class="return-row" data-for="${esc(a.id)}" hidden><td colspan="${columns}">
        <form class="form return-form" novalidate><div class="field"><label for="return-reason-${esc(a.id)}">${esc(t('seReturnReasonOf', a.agency))}</label>
          <textarea id="return-reason-${esc(a.id)}" data-path="reason" rows="2"></textarea></div>
          <div class="form-error" role="alert"></div>
          <p class="buttons"><button type="submit" class="primary">${tx('seConfirmReturn')}</button>
            <button type="button" data-act="cancel">${tx('cancel')}</button></p></form></td></tr>` : ''}`).join('')}</tbody></table>
    <div class="form-error" id="decision-error" role="alert"></div>`;
  const decide = async (id, body, form) => {
    const d = await api('POST', batchPath(ctx.batch.id, `/assignments/${encodeURIComponent(id)}/decision`), body);
    if (!d.ok) {
      if (form) showErrors(form, d.json); else document.getElementById('decision-error').textContent = problem(d);
      return;
    }
    await ctx.reload();
  };
  host.addEventListener('click', ev => {
    const button = ev.target.closest('button[data-act]');
    if (!button) return;
    const act = button.dataset.act;
    if (act === 'cancel') { button.closest('tr.return-row').hidden = true; return; }
    const id = button.closest('tr').dataset.assignmentId;
    if (act === 'approve') decide(id, { approved: true }).catch(() => {});
    if (act === 'return') {
      const row = host.querySelector(`tr.return-row[data-for="${CSS.escape(id)}"]`);
      row.hidden = false;
      row.querySelector('textarea').focus();
    }
  });
  host.addEventListener('submit', ev => {
    const form = ev.target.closest('form.return-form');
    if (!form) return;
    ev.preventDefault();
    const id = form.closest('tr.return-row').dataset.for;
    decide(id, { approved: false, reason: form.querySelector('textarea').value.trim() }, form).catch(() => {});
  });
}

/** The bureau closes a batch whose results are out (办结), once the departments have answered or need not. */
export function closePanel(host, ctx) {
  const tx = key => esc(t(key));
  host.innerHTML = `<h2>${tx('seClose')}</h2><p>${esc(t('seCloseHint', dueDay(ctx.batch.answerDueAt)))}</p>
    <div class="form-error" id="close-error" role="alert"></div>
    <p class="buttons"><button type="button" class="primary" id="close-batch">${tx('seCloseButton')}</button></p>`;
  document.getElementById('close-batch').onclick = async () => {
    if (!window.confirm(t('seConfirmClose', ctx.batch.name))) return;
    const r = await api('POST', batchPath(ctx.batch.id, '/close'));
    if (!r.ok) { document.getElementById('close-error').textContent = problem(r); return; }
    await ctx.reload();
  };
}
