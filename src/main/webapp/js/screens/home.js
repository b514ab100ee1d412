// Home: the caller's open tasks and evaluations.
import { api } from '../api.js';
import { esc, view } from '../dom.js';
import { t } from '../i18n.js';
import { me } from '../session.js';
import { evaluationTable } from './evaluations.js';
import { taskTable } from './tasks.js';

export async function home() {
  const [tasksR, evalsR] = await Promise.all([api('GET', 'tasks'), api('GET', 'evaluations')]);
  view().innerHTML = `<h1>${esc(me.organisation)} · ${esc(t('home'))}</h1>
    <section class="card"><h2>${esc(t('tasks'))}</h2>${taskTable(tasksR.json.items)}</section>
    <section class="card"><h2>${esc(t('evaluations'))}</h2>${evaluationTable(evalsR.json.items)}</section>`;
}
