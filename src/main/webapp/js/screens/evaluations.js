// The evaluations the caller may see, with status, score, grade and the overdue flag.
import { api } from '../api.js';
import { esc, num, options, view } from '../dom.js';
import { t } from '../i18n.js';
import { entries, gradeLabel, statusBadge } from '../labels.js';
import { me } from '../session.js';

const SIZE = 50;

/** The list a page at a time (newest first), filtered by status, year and, for the bureau, organisation. */
export async function evaluations() {
  const directory = me && (me.role === 'BUREAU' || me.role === 'ADMIN') ? await api('GET', 'organisations') : null;
  const orgs = directory && directory.ok ? directory.json.items : [];
  const tx = key => esc(t(key));
  view().innerHTML = `<h1>${tx('evaluations')}</h1><section class="card">
    <form class="filters" id="evaluation-filter">
      <label>${tx('status')} <select id="ef-status">${options([['', t('all')], ...entries('evaluationStatuses')], '')}</select></label>
      <label>${tx('year')} <input id="ef-year" class="year" type="number" min="2000" max="2100"></label>
      ${orgs.length ? `<label>${tx('organisation')} <select id="ef-org">${options([['', t('all')], ...orgs.map(o => [o.id, o.name])], '')}</select></label>` : ''}
      <button type="submit">${tx('search')}</button></form>
    <div id="evaluation-page"></div></section>`;
  let page = 0;
  const form = document.getElementById('evaluation-filter');
  const draw = async () => {
    const q = new URLSearchParams({ page, size: SIZE });
    const v = id => { const el = document.getElementById(id); return el ? el.value.trim() : ''; };
    if (v('ef-status')) q.set('status', v('ef-status'));
    if (v('ef-year')) q.set('year', v('ef-year'));
    if (v('ef-org')) q.set('organisationId', v('ef-org'));
    const r = await api('GET', 'evaluations?' + q);
    const box = document.getElementById('evaluation-page');
    if (!r.ok) {
      box.innerHTML = `<p class="form-error" role="alert">${esc(r.json.message)} ${esc((r.json.details || []).map(d => d.path + ': ' + d.message).join('; '))}</p>`;
      return;
    }
    const pages = Math.max(1, Math.ceil(r.json.total / SIZE));
    const button = (key, to, enabled) =>
      `<button type="button" class="page" data-page="${to}"${enabled ? '' : ' disabled'}>${esc(t(key))}</button>`;
    box.innerHTML = evaluationTable(r.json.items) + `<nav class="pager" aria-label="${tx('pages')}">
      <span class="page-of">${esc(t('pageOf', page + 1, pages, r.json.total))}</span>
      ${pages > 1 ? button('firstPage', 0, page > 0) + button('prevPage', page - 1, page > 0)
        + button('nextPage', page + 1, page < pages - 1) + button('lastPage', pages - 1, page < pages - 1) : ''}</nav>`;
    box.querySelectorAll('button.page').forEach(b => { b.onclick = () => { page = Number(b.dataset.page); draw().catch(() => {}); }; });
  };
  form.onsubmit = ev => { ev.preventDefault(); page = 0; draw().catch(() => {}); };
  await draw();
}

export function evaluationTable(items) {
  if (!items.length) return `<p class="muted">${esc(t('noItems'))}</p>`;
  const th = key => esc(t(key));
  return `<table class="data" id="evaluation-list"><thead><tr><th>${th('title')}</th><th>${th('subject')}</th><th>${th('agency')}</th>
    <th>${th('status')}</th><th class="num">${th('score')}</th><th>${th('grade')}</th><th>${th('dueDate')}</th></tr></thead><tbody>
    ${items.map(e => `<tr data-id="${esc(e.id)}"><td><a href="#/evaluation/${esc(e.id)}">${esc(e.title)}</a></td><td>${esc(e.subject.name)}</td>
      <td>${esc(e.agency.name)}</td><td>${statusBadge(e.status)}${e.overdue ? ` <span class="flag overdue">${th('overdue')}</span>` : ''}</td>
      <td class="num score">${esc(num(e.total))}</td><td class="grade">${esc(gradeLabel(e.grade))}</td><td>${esc(e.dueDate)}</td></tr>`).join('')}
    </tbody></table>`;
}
