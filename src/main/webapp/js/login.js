applyI18n();
document.getElementById('login-form').addEventListener('submit', async e => {
  e.preventDefault();
  document.querySelectorAll('.field-error, .form-error').forEach(el => el.textContent = '');
  const body = { username: document.getElementById('username').value, password: document.getElementById('password').value };
  const r = await fetch('api/session', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'PerfEval' },
    body: JSON.stringify(body), credentials: 'same-origin' });
  if (r.ok) { location.href = 'app.html#/home'; return; }
  const err = await r.json().catch(() => ({ message: r.statusText }));
  (err.details || []).forEach(d => { const el = document.querySelector(`[data-error-for="${d.path}"]`); if (el) el.textContent = d.message; });
  document.getElementById('login-error').textContent = err.details && err.details.length ? '' : err.message;
});
