// The forms of a batch a page at a time, as the caller's role sees them: for the bureau filtered by
// flag, department, selection and readability, with a checkbox per form to add it to or take it out
// of the on-site review by hand; an agency's forms with its recheck state; a department's with its
// answers. A form that could not be read is listed with its errors, each naming its cell.
import { api } from '../../api.js';
import { esc, options } from '../../dom.js';
import { t } from '../../i18n.js';
import { entries, label } from '../../labels.js';
import { IN_REVIEW_OR_LATER, batchPath, figure, flagChips, formHref, pager, percent, problem } from './common.js';

const SIZE = 20;
const FILTERS = ['flag', 'department', 'selected', 'readable'];

/** Draws the table into host; mode is 'bureau', 'agency' or 'department'. ctx.showForms(filter) narrows it from elsewhere. */
export async function formsTable(host, ctx, mode) {
  ctx.filter = ctx.filter || { flag: '', department: '', selected: '', readable: '' };
  ctx.page = ctx.page || 0;
  const b = ctx.batch;
  const tx = key => esc(t(key));
  const bureau = mode === 'bureau';
  // ALL_FULL_MARKS is a department's flag, never a form's
  const flagCodes = entries('flags').filter(([code]) => code !== 'ALL_FULL_MARKS');
  const departments = (ctx.departments || []).map(d => d.department).filter(Boolean);
  host.innerHTML = `<h2>${tx('seFormList')}</h2>
    <form class="filters" id="form-filter" role="search" aria-label="${tx('seFormFilter')}">
      <label>${tx('seFlag')} <select id="ff-flag">${options([['', t('all')], ...flagCodes], ctx.filter.flag)}</select></label>
      ${bureau ? `<label>${tx('seDepartment')} <select id="ff-department">${options([['', t('all')], ...departments.map(d => [d, d])],
        ctx.filter.department)}</select></label>
      <label>${tx('seOnSite')} <select id="ff-selected">${options([['', t('all')], ['true', t('seSelectedYes')], ['false', t('seSelectedNo')]],
        ctx.filter.selected)}</select></label>
      <label>${tx('seReadability')} <select id="ff-readable">${options([['', t('all')], ['false', t('seUnreadableOnly')],
        ['true', t('seReadableOnly')]], ctx.filter.readable)}</select></label>` : ''}
    </form>
    <div class="form-error" id="forms-error" role="alert"></div>
    <div id="form-page"><p class="muted">${tx('loading')}</p></div>`;
  const box = document.getElementById('form-page');
  const error = document.getElementById('forms-error');
  const cols = columns(ctx, mode);

  const load = async () => {
    const q = new URLSearchParams({ page: ctx.page, size: SIZE });
    FILTERS.forEach(k => { if (ctx.filter[k]) q.set(k, ctx.filter[k]); });
    const r = await api('GET', batchPath(b.id, '/forms?' + q));
    if (!box.isConnected) return;
    if (!r.ok) { box.innerHTML = `<p class="form-error">${esc(problem(r))}</p>`; return; }
    const pages = Math.max(1, Math.ceil(r.json.total / SIZE));
    box.innerHTML = (r.json.items.length ? `<table class="data small" id="form-list"><thead><tr>${cols.map(c =>
      `<th class="${c.cls}">${esc(c.head)}</th>`).join('')}</tr></thead><tbody>${r.json.items.map(f =>
      `<tr data-form-id="${esc(f.id)}" class="${f.readable ? '' : 'unreadable'}${f.selected ? ' picked' : ''}">${cols.map(c =>
        `<td class="${c.cls}">${c.cell(f)}</td>`).join('')}</tr>`).join('')}</tbody></table>`
      : `<p class="muted" id="form-list-empty">${tx('noItems')}</p>`) + pager(ctx.page, pages, r.json.total);
    box.querySelectorAll('button.page').forEach(p => { p.onclick = () => { ctx.page = Number(p.dataset.page); load().catch(() => {}); }; });
  };

  document.getElementById('form-filter').addEventListener('submit', ev => ev.preventDefault());
  document.getElementById('form-filter').addEventListener('change', () => {
    FILTERS.forEach(k => { const el = document.getElementById('ff-' + k); if (el) ctx.filter[k] = el.value; });
    ctx.page = 0;
    error.textContent = '';
    load().catch(() => {});
  });
  ctx.showForms = filter => {
    Object.assign(ctx.filter, filter);
    FILTERS.forEach(k => { const el = document.getElementById('ff-' + k); if (el) el.value = ctx.filter[k]; });
    ctx.page = 0;
    host.scrollIntoView();
    return load();
  };
  // the bureau's own changes to the selection, one form at a time
  box.addEventListener('change', async ev => {
    const pick = ev.target.closest('input.pick');
    if (!pick) return;
    const id = Number(pick.dataset.formId);
    pick.disabled = true;
    error.textContent = '';
    const r = await api('POST', batchPath(b.id, '/selection/adjust'), pick.checked ? { add: [id] } : { remove: [id] });
    if (!r.ok) {
      pick.checked = !pick.checked;
      pick.disabled = false;
      error.textContent = problem(r);
      return;
    }
    ctx.setBatch(r.json);
    await load();
  });
  await load();
}

/** The table's columns for the role: [{head, cell(form) → HTML, cls}]. */
function columns(ctx, mode) {
  const b = ctx.batch;
  const tx = key => esc(t(key));
  const col = (head, cell, cls = '') => ({ head: t(head), cell, cls });
  const picking = mode === 'bureau' && ctx.owner && b.status === 'CHECKED' && b.sampling;
  const reviewed = IN_REVIEW_OR_LATER.includes(b.status) || mode === 'agency';
  const answers = ['ANSWERING', 'CLOSED'].includes(b.status) && mode !== 'agency';
  const project = f => (f.readable
    ? `<a href="${formHref(b.id, f.id)}" class="form-link">${esc(f.project || f.source)}</a>${f.unit ? `<br><span class="muted small">${esc(f.unit)}</span>` : ''}`
    : `<span class="flag-chip flag-error">${tx('seUnreadable')}</span> <span class="source">${esc(f.source)}</span>
      <ul class="problems">${(f.errors || []).map(e => `<li><span class="cell">${esc(e.cell)}</span> ${esc(e.message)}</li>`).join('')}</ul>`);
  const list = [];
  if (picking) {
    list.push(col('seOnSite', f => (f.readable ? `<input type="checkbox" class="pick" data-form-id="${esc(f.id)}"${f.selected ? ' checked' : ''}
      aria-label="${esc(t('seOnSiteOf', f.project || f.source))}">` : ''), 'pick'));
  }
  list.push(col('seProject', project, 'project'));
  if (mode !== 'department') list.push(col('seDepartment', f => esc(f.department || '—')));
  if (mode !== 'department') list.push(col('seBudget', f => figure(f.annualBudget), 'num'));
  if (mode === 'bureau') list.push(col('seExecutionRate', f => percent(f.executionRate), 'num'));
  list.push(col('sePrintedTotal', f => figure(f.printedTotal), 'num'));
  list.push(col('seRecomputedTotal', f => figure(f.recomputedTotal), 'num'));
  if (mode === 'bureau') list.push(col('seDeviation', f => percent(f.deviation), 'num'));
  list.push(col('seFlags', f => flagChips(f.flags), 'flags'));
  if (mode === 'bureau' && b.sampling) {
    list.push(col('seSelectionReason', f => (f.selectionReason ? esc(label('selectionReasons', f.selectionReason)) : '—'), 'reason'));
  }
  if (mode === 'agency') {
    list.push(col('seRecheckState', f => (f.reviewedTotal != null ? `<span class="state done">${tx('seRechecked')}</span>`
      : `<span class="state todo">${tx('seNotRechecked')}</span>`), 'recheck-state'));
  }
  if (reviewed) list.push(col('seReviewedTotal', f => figure(f.reviewedTotal), 'num reviewed'));
  if (answers) {
    list.push(col('seAnswer', f => (!f.selected ? '—' : f.answer ? `<span class="state done" title="${esc(f.answer)}">${tx('seAnswered')}</span>`
      : `<span class="state todo">${tx('seNotAnswered')}</span>`), 'answer-state'));
  }
  return list;
}
