// #/page/id/… → one screen module, called with the parts after the page. Each navigation starts a
// new route generation (api.js), so that the replies of a page the user has left draw nothing.
import { api, nextRoute, isCurrentRoute, PASSWORD_CHANGE_REQUIRED, SUPERSEDED, UNAUTHENTICATED } from './api.js';
import { esc, view } from './dom.js';
import { t } from './i18n.js';
import { home } from './screens/home.js';
import { evaluations } from './screens/evaluations.js';
import { evaluation } from './screens/evaluation.js';
import { tasks } from './screens/tasks.js';
import { task } from './screens/task.js';
import { notifications } from './screens/notifications.js';
import { commission } from './screens/commission.js';
import { dashboard } from './screens/dashboard.js';
import { directory } from './screens/directory.js';
import { accounts } from './screens/accounts.js';
import { audit } from './screens/audit.js';
import { password } from './screens/password.js';
import { selfEvaluation } from './screens/self-evaluation/pages.js';

const PAGES = { home, evaluations, evaluation, tasks, task, notifications, commission, dashboard, directory, accounts, audit, password,
  'self-evaluation': selfEvaluation };

export async function route() {
  const generation = nextRoute();
  const hash = location.hash || '#/home';
  document.querySelectorAll('#nav a').forEach(a => a.classList.toggle('active', hash.startsWith(a.getAttribute('href'))));
  refreshNotificationCount().catch(() => {});
  const [, page, ...parts] = hash.split('/');
  view().innerHTML = `<p class="muted">${esc(t('loading'))}</p>`;
  try {
    await (PAGES[page] || home)(...parts);
  } catch (e) {
    if (!isCurrentRoute(generation) || [UNAUTHENTICATED, SUPERSEDED, PASSWORD_CHANGE_REQUIRED].includes(e.message)) return;
    view().innerHTML = `<p class="form-error">${esc(e.message)}</p>`;
  }
  if (isCurrentRoute(generation)) view().focus();
}

async function refreshNotificationCount() {
  const r = await api('GET', 'notifications');
  if (r.ok) document.getElementById('notification-count').textContent = r.json.items.filter(n => !n.read).length;
}
