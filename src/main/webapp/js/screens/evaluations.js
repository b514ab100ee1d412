// The evaluations the caller may see, with status, score, grade and the overdue flag.
import { api } from '../api.js';
import { esc, num, view } from '../dom.js';
import { t } from '../i18n.js';
import { gradeLabel, statusBadge } from '../labels.js';

export async function evaluations() {
  const r = await api('GET', 'evaluations');
  view().innerHTML = `<h1>${esc(t('evaluations'))}</h1><section class="card">${evaluationTable(r.json.items)}</section>`;
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
