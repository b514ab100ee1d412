// The agency accepts or refuses a commission (with its conflict declaration).
import { choice, radio, textarea, val } from '../../dom.js';
import { t } from '../../i18n.js';

export function acceptForm(form) {
  form.innerHTML = choice('accepted', t('decision'), [['true', t('accept')], ['false', t('refuse')]]) + textarea('f-reason', t('reason'), 'reason');
  return () => ({ accepted: radio(form, 'accepted'), reason: val('f-reason') || undefined });
}
