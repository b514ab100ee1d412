// The bureau accepts a rectification or returns its evidence.
import { choice, esc, radio, textarea, val } from '../../dom.js';
import { t } from '../../i18n.js';

export function verifyForm(form, e) {
  form.innerHTML = `<p>${e.rectifications.filter(r => r.status === 'VERIFICATION').map(r => `${esc(r.title)}${esc(t('colon'))}${esc(r.summary || '')}`).join('<br>')}</p>` +
    choice('accepted', t('decision'), [['true', t('approve')], ['false', t('returnBack')]]) + textarea('f-comments', t('comments'), 'comments');
  return () => ({ accepted: radio(form, 'accepted'), comments: val('f-comments') || undefined });
}
