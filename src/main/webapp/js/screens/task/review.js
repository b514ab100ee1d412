// The bureau reviews the result and the report: approve (publish) or return.
import { choice, esc, radio, textarea, val } from '../../dom.js';
import { t } from '../../i18n.js';
import { resultTable } from '../evaluation.js';

export function reviewForm(form, e) {
  form.innerHTML = (e.result ? resultTable(e.result) : '') +
    `<p class="downloads"><a href="api/evaluations/${esc(e.id)}/report/pdf">${esc(t('pdf'))}</a></p>` +
    choice('approved', t('decision'), [['true', t('approve')], ['false', t('returnBack')]]) + textarea('f-comments', t('comments'), 'comments');
  return () => ({ approved: radio(form, 'approved'), comments: val('f-comments') || undefined });
}
