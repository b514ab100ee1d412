// PerfEval web UI: native ES modules over the JSON API (../shared/API.md). No build step, no framework.
// This module starts the app: who is signed in, the labels in the UI's language, the navigation.
import { api } from './api.js';
import { esc } from './dom.js';
import { applyI18n, t } from './i18n.js';
import { loadLabels } from './labels.js';
import { route } from './router.js';
import { loadSession } from './session.js';

async function start() {
  applyI18n();
  const [me] = await Promise.all([loadSession(), loadLabels()]);
  document.getElementById('user-name').textContent = t('paren', me.displayName, me.organisation);
  document.getElementById('logout').onclick = async () => { await api('DELETE', 'session').catch(() => {}); location.href = 'index.html'; };
  const links = [['#/home', 'home'], ['#/evaluations', 'evaluations'], ['#/tasks', 'tasks'], ['#/notifications', 'notifications']];
  if (me.role === 'BUREAU' || me.role === 'ADMIN') links.splice(1, 0, ['#/commission', 'commission'], ['#/dashboard', 'dashboard']);
  document.getElementById('nav').innerHTML = links.map(([href, key]) => `<a href="${href}">${esc(t(key))}</a>`).join('');
  window.addEventListener('hashchange', route);
  route();
}

start().catch(e => {
  if (e.message === 'unauthenticated') return;
  document.getElementById('view').innerHTML = `<p class="form-error">${esc(e.message)}</p>`;
});
