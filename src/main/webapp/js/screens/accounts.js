// The administrator's accounts (账号管理): created for an organisation of the directory, disabled and
// enabled, passwords reset to a one-time password that is shown once and must be changed at the
// user's next sign-in.
import { api } from '../api.js';
import { esc, field, options, showErrors, view } from '../dom.js';
import { t } from '../i18n.js';
import { entries, label } from '../labels.js';

/** Which organisations a role can belong to (the API decides; this only narrows the choice). */
const TYPE_OF_ROLE = { BUREAU: 'BUREAU', ADMIN: 'BUREAU', EVALUATOR: 'AGENCY', DEPARTMENT: 'DEPARTMENT' };

export async function accounts() {
  await draw();
}

/** Draws the screen from the accounts as they are now; notice says what the last action did, oneTime is a reset's answer. */
async function draw(notice, oneTime) {
  const [users, orgs] = await Promise.all([api('GET', 'admin/users'), api('GET', 'admin/organisations')]);
  if (!users.ok || !orgs.ok) { view().innerHTML = `<p class="form-error">${esc((users.ok ? orgs : users).json.message)}</p>`; return; }
  const tx = key => esc(t(key));
  const yesNo = b => (b ? tx('yes') : tx('no'));
  const active = orgs.json.items.filter(o => o.active);
  view().innerHTML = `<h1>${tx('accounts')}</h1>
    <p class="notice" id="accounts-notice" role="status">${esc(notice || '')}</p>
    ${oneTime ? `<section class="card otp" id="otp-box" role="status"><h2>${tx('oneTimePassword')}${tx('colon')}${esc(oneTime.username)}</h2>
      <p><code id="one-time-password">${esc(oneTime.oneTimePassword)}</code></p><p class="muted">${esc(t('otpNote', oneTime.username))}</p></section>` : ''}
    <form class="card form" id="user-form" novalidate><h2>${tx('createAccount')}</h2><div class="fields-grid">
      ${field('username', t('username'), `<input id="f-username" data-path="username" autocomplete="off">`)}
      ${field('displayName', t('displayName'), `<input id="f-displayName" data-path="displayName" autocomplete="off">`)}
      ${field('password', t('initialPassword'), `<input id="f-password" data-path="password" type="password" autocomplete="new-password" aria-describedby="password-rule">`)}
      ${field('role', t('role'), `<select id="f-role" data-path="role">${options(entries('roles'), 'DEPARTMENT')}</select>`)}
      ${field('organisation', t('organisation'), `<select id="f-organisation" data-path="organisationId"></select>`)}
    </div><p class="muted small" id="password-rule">${tx('passwordRule')}</p>
    <div class="form-error" role="alert"></div>
    <p class="buttons"><button class="primary" type="submit" id="user-submit">${tx('createAccount')}</button></p></form>
    <section class="card"><h2>${tx('accountList')}</h2>
      <table class="data" id="user-list"><thead><tr><th>${tx('username')}</th><th>${tx('displayName')}</th><th>${tx('role')}</th>
        <th>${tx('organisation')}</th><th>${tx('orgState')}</th><th>${tx('mustChange')}</th><th>${tx('demoAccount')}</th><th>${tx('actions')}</th></tr></thead>
      <tbody>${users.json.items.map(u => `<tr data-username="${esc(u.username)}" class="${u.active ? '' : 'inactive'}">
        <td>${esc(u.username)}</td><td>${esc(u.displayName)}</td><td>${esc(label('roles', u.role))}</td><td>${esc(u.organisation)}</td>
        <td>${u.active ? tx('activeYes') : `<span class="flag off">${tx('activeNo')}</span>`}</td><td class="must-change">${yesNo(u.mustChangePassword)}</td>
        <td>${yesNo(u.demo)}</td><td class="nowrap"><button type="button" class="link" data-act="${u.active ? 'disable' : 'enable'}">${tx(u.active ? 'disable' : 'enable')}</button>
          <button type="button" class="link" data-act="reset-password">${tx('resetPassword')}</button></td></tr>`).join('')}</tbody></table></section>`;

  // the organisations a role fits, each named with its type
  const organisationChoices = () => {
    const type = TYPE_OF_ROLE[document.getElementById('f-role').value];
    const select = document.getElementById('f-organisation');
    select.innerHTML = options([['', '—'], ...active.filter(o => !type || o.type === type)
      .map(o => [o.id, t('paren', o.name, label('organisationTypes', o.type))])], select.value);
  };
  organisationChoices();
  document.getElementById('f-role').onchange = organisationChoices;

  const form = document.getElementById('user-form');
  form.onsubmit = async ev => {
    ev.preventDefault();
    const v = id => document.getElementById(id).value;
    const organisationId = v('f-organisation');
    const body = { username: v('f-username').trim(), displayName: v('f-displayName').trim() || null, password: v('f-password'),
      role: v('f-role'), organisationId: organisationId ? Number(organisationId) : null };
    const r = await api('POST', 'admin/users', body);
    if (r.ok) await draw(t('accountCreated', r.json.username)); else showErrors(form, r.json);
  };

  document.getElementById('user-list').addEventListener('click', async ev => {
    const button = ev.target.closest('button[data-act]');
    if (!button) return;
    const username = button.closest('tr').dataset.username;
    const act = button.dataset.act;
    if (act === 'reset-password' && !window.confirm(t('confirmReset', username))) return;
    const r = await api('POST', `admin/users/${encodeURIComponent(username)}/${act}`);
    if (!r.ok) { document.getElementById('accounts-notice').innerHTML = `<span class="form-error">${esc(r.json.message)}</span>`; return; }
    if (act === 'reset-password') await draw('', r.json);
    else await draw(t(act === 'disable' ? 'accountDisabled' : 'accountEnabled', username));
  });
}
