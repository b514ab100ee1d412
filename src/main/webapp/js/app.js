// PerfEval web UI: native ES modules over the JSON API (../shared/API.md). No build step, no framework.
// This module starts the app: who is signed in, the labels in the UI's language, the navigation.
import { api, PASSWORD_CHANGE_REQUIRED } from './api.js';
import { esc } from './dom.js';
import { applyI18n, t } from './i18n.js';
import { loadLabels } from './labels.js';
import { route } from './router.js';
import { loadSession } from './session.js';
import { forcedPasswordChange } from './screens/password.js';

/** The menu: [link, word, roles that see it (all when absent)]. */
const LINKS = [['#/home', 'home'], ['#/commission', 'commission', ['BUREAU', 'ADMIN']], ['#/dashboard', 'dashboard', ['BUREAU', 'ADMIN']],
  ['#/evaluations', 'evaluations'], ['#/self-evaluation', 'selfEvaluation'], ['#/tasks', 'tasks'], ['#/notifications', 'notifications'],
  ['#/directory', 'directory', ['ADMIN']], ['#/accounts', 'accounts', ['ADMIN']], ['#/audit', 'audit', ['ADMIN']]];

async function start() {
  applyI18n();
  const me = await loadSession();
  document.getElementById('user-name').textContent = t('paren', me.displayName, me.organisation);
  document.getElementById('logout').onclick = async () => { await api('DELETE', 'session').catch(() => {}); location.href = 'index.html'; };
  if (me.mustChangePassword) {
    // an administrator has reset the password: the API answers nothing else until it is changed
    document.getElementById('notification-link').hidden = true;
    document.getElementById('password-link').hidden = true;
    if (location.hash !== '#/password') history.replaceState(null, '', '#/password');
    forcedPasswordChange();
    return;
  }
  await loadLabels();
  document.getElementById('nav').innerHTML = LINKS.filter(([, , roles]) => !roles || roles.includes(me.role))
    .map(([href, key]) => `<a href="${href}">${esc(t(key))}</a>`).join('');
  window.addEventListener('hashchange', route);
  route();
}

start().catch(e => {
  if (e.message === 'unauthenticated' || e.message === PASSWORD_CHANGE_REQUIRED) return;
  document.getElementById('view').innerHTML = `<p class="form-error">${esc(e.message)}</p>`;
});
