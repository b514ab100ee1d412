// The login page: user name (autofocus), Tab, password, Enter; then the app (its password screen first after a reset).
import { ACCEPT_LANGUAGE, applyI18n } from './i18n.js';

applyI18n();
document.getElementById('login-form').addEventListener('submit', async e => {
  e.preventDefault();
  document.querySelectorAll('.field-error, .form-error').forEach(el => { el.textContent = ''; });
  const body = { username: document.getElementById('username').value, password: document.getElementById('password').value };
  const r = await fetch('api/session', { method: 'POST', credentials: 'same-origin', body: JSON.stringify(body),
    headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'PerfEval', 'Accept-Language': ACCEPT_LANGUAGE } });
  if (r.ok) {
    // after an administrator's reset the app shows only the password screen until it is changed
    const me = await r.json().catch(() => ({}));
    location.href = me.mustChangePassword ? 'app.html#/password' : 'app.html#/home';
    return;
  }
  const err = await r.json().catch(() => ({ message: r.statusText }));
  (err.details || []).forEach(d => {
    const el = document.querySelector(`[data-error-for="${CSS.escape(d.path)}"]`);
    if (el) el.textContent = d.message;
  });
  document.getElementById('login-error').textContent = err.details && err.details.length ? '' : err.message;
});
