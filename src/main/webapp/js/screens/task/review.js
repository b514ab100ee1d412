// The bureau reviews the result and the report, with the comments made on it and their answers:
// approve (publish) or return.
import { choice, esc, radio, textarea, val } from '../../dom.js';
import { t } from '../../i18n.js';
import { resultTable } from '../evaluation.js';
import { commentTable } from '../comments.js';

export function reviewForm(form, e) {
  const comments = e.comments || [];
  // the answered comments first: they are what changed since the department saw the draft
  form.innerHTML = (comments.length ? `<h2>${esc(t('commentMatrix'))}</h2>${commentTable(comments)}` : '') +
    (e.result ? resultTable(e.result) : '') +
    `<p class="downloads"><a href="api/evaluations/${esc(e.id)}/report/pdf">${esc(t('pdf'))}</a></p>` +
    choice('approved', t('decision'), [['true', t('approve')], ['false', t('returnBack')]]) + textarea('f-comments', t('comments'), 'comments');
  return () => ({ approved: radio(form, 'approved'), comments: val('f-comments') || undefined });
}
