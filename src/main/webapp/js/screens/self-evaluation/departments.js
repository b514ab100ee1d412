// The departments' figures of a batch (主管部门): forms, flagged, with errors, full marks, budget,
// average self-assessed, recomputed and deviation, and the department's own flag (ALL_FULL_MARKS:
// three or more forms, every one self-scored 100). A name narrows the forms table to it; the
// bureau may start a focused evaluation (发起重点评价) of a department from here.
import { esc } from '../../dom.js';
import { t } from '../../i18n.js';
import { figure, flagChips, percent, problem } from './common.js';
import { commissionDraft } from './commission-draft.js';

/** refused: the reply that refused the figures, if it did. */
export function departmentsPanel(host, ctx, refused) {
  const tx = key => esc(t(key));
  const items = ctx.departments || [];
  const th = (key, cls = '') => `<th class="${cls}">${tx(key)}</th>`;
  host.innerHTML = `<h2>${tx('seDepartments')}</h2>
    ${refused ? `<p class="form-error">${esc(problem(refused))}</p>` : !items.length ? `<p class="muted">${tx('noItems')}</p>`
    : `<table class="data small" id="department-list"><thead><tr>${th('seDepartment')}${th('seForms', 'num')}${th('seFlagged', 'num')}
      ${th('seWithErrors', 'num')}${th('seFullMarks', 'num')}${th('seBudgetTotal', 'num')}${th('seAveragePrinted', 'num')}
      ${th('seAverageRecomputed', 'num')}${th('seAverageDeviation', 'num')}${th('seFlags')}${ctx.owner ? th('actions') : ''}</tr></thead>
      <tbody>${items.map((d, i) => `<tr data-department="${esc(d.department || '')}">
        <td>${d.department ? `<button type="button" class="link" data-act="forms" title="${esc(t('seFormsOf', d.department))}">${esc(d.department)}</button>` : '—'}</td>
        <td class="num">${figure(d.forms)}</td><td class="num">${figure(d.flagged)}</td><td class="num">${figure(d.withErrors)}</td>
        <td class="num">${figure(d.fullMarks)}</td><td class="num">${figure(d.budget)}</td><td class="num">${figure(d.averagePrinted)}</td>
        <td class="num">${figure(d.averageRecomputed)}</td><td class="num">${percent(d.averageDeviation)}</td>
        <td class="flags">${flagChips(d.flags)}</td>
        ${ctx.owner ? `<td class="nowrap">${d.department ? `<button type="button" class="link" data-act="commission">${tx('seCommission')}</button>
          <span class="field-error" id="department-draft-${i}" role="alert"></span>` : ''}</td>` : ''}</tr>`).join('')}</tbody></table>`}`;
  host.addEventListener('click', ev => {
    const button = ev.target.closest('button[data-act]');
    if (!button) return;
    const row = button.closest('tr');
    const department = row.dataset.department;
    if (button.dataset.act === 'forms' && ctx.showForms) ctx.showForms({ department }).catch(() => {});
    if (button.dataset.act === 'commission') {
      commissionDraft(ctx.batch.id, { department }, row.querySelector('.field-error')).catch(() => {});
    }
  });
}
