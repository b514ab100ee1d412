// The department answers the draft report: agree, or comments.
import { choice, radio, textarea, val } from '../../dom.js';
import { t } from '../../i18n.js';

export function viewsForm(form) {
  form.innerHTML = choice('agree', t('decision'), [['true', t('agree')], ['false', t('disagree')]]) + textarea('f-comments', t('comments'), 'comments');
  return () => ({ agree: radio(form, 'agree'), comments: val('f-comments') || undefined });
}
