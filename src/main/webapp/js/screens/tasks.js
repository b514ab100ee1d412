// The caller's open tasks (the inbox).
import { api } from '../api.js';
import { esc, view } from '../dom.js';
import { t } from '../i18n.js';
import { taskName } from '../labels.js';

export async function tasks() {
  const r = await api('GET', 'tasks');
  view().innerHTML = `<h1>${esc(t('tasks'))}</h1><section class="card">${taskTable(r.json.items)}</section>`;
}

export function taskTable(items) {
  if (!items.length) return `<p class="muted">${esc(t('noTasks'))}</p>`;
  return `<table class="data" id="task-list"><thead><tr><th>${esc(t('tasks'))}</th><th>${esc(t('evaluations'))}</th><th>${esc(t('dueDate'))}</th><th></th></tr></thead><tbody>
    ${items.map(k => `<tr data-key="${esc(k.key)}"><td>${esc(taskName(k))}</td><td>${esc(k.evaluationTitle)}</td><td>${esc((k.dueDate || '').slice(0, 10))}</td>
      <td><a class="button" href="#/task/${esc(k.id)}" data-task-key="${esc(k.key)}">${esc(t('open'))}</a></td></tr>`).join('')}</tbody></table>`;
}
