// Changing one's own password (POST /api/session/password). After an administrator's reset it is
// the only screen (app.js) until the change is done; the API refuses everything else meanwhile.
import { api } from '../api.js';
import { clearErrors, esc, field, showErrors, view } from '../dom.js';
import { t } from '../i18n.js';
import { me } from '../session.js';

/** The screen from the menu: the user changes the password when they like. */
export async function password() {
  draw(false);
}

/** The screen after a reset: nothing else until the new password is set; then the app starts again. */
export function forcedPasswordChange() {
  draw(true);
}

function draw(forced) {
  const tx = key => esc(t(key));
  view().innerHTML = `<h1>${tx('changePassword')}</h1>
    ${forced ? `<p class="card notice-box" id="must-change-note" role="alert">${tx('mustChangeNote')}</p>` : ''}
    <p class="notice" id="password-notice" role="status"></p>
    <form class="card form" id="password-form" novalidate>
      <input type="text" id="f-pw-username" autocomplete="username" value="${esc(me ? me.username : '')}" hidden>
      ${field('currentPassword', t('currentPassword'), `<input id="f-currentPassword" data-path="currentPassword" type="password" autocomplete="current-password">`)}
      ${field('newPassword', t('newPassword'), `<input id="f-newPassword" data-path="newPassword" type="password" autocomplete="new-password" aria-describedby="password-rule">`)}
      ${field('newPasswordAgain', t('confirmPassword'), `<input id="f-newPasswordAgain" data-path="newPasswordAgain" type="password" autocomplete="new-password">`)}
      <p class="muted small" id="password-rule">${tx('passwordRule')}</p>
      <div class="form-error" role="alert"></div>
      <p class="buttons"><button class="primary" type="submit" id="password-submit">${tx('changePassword')}</button></p>
    </form>`;
  const form = document.getElementById('password-form');
  document.getElementById('f-currentPassword').focus();
  form.onsubmit = async ev => {
    ev.preventDefault();
    const v = id => document.getElementById(id).value;
    document.getElementById('password-notice').textContent = '';
    if (v('f-newPassword') !== v('f-newPasswordAgain')) {
      showErrors(form, { details: [{ path: 'newPasswordAgain', message: t('passwordMismatch') }] });
      return;
    }
    const r = await api('POST', 'session/password', { currentPassword: v('f-currentPassword'), newPassword: v('f-newPassword') });
    if (!r.ok) { showErrors(form, r.json); return; }
    if (forced) {
      // the account may act again: start the app with its labels, menu and home page
      location.hash = '#/home';
      location.reload();
      return;
    }
    form.reset();
    clearErrors(form);
    document.getElementById('password-notice').textContent = t('passwordChanged');
  };
}
