// The department answers the draft report: agree, or comments (one per line or numbered item); the
// answers to its earlier comments are shown above.
import { choice, esc, radio, textarea, val } from '../../dom.js';
import { t } from '../../i18n.js';
import { commentTable } from '../comments.js';

export function viewsForm(form, e) {
  const comments = e.comments || [];
  form.innerHTML = (comments.length ? `<h2>${esc(t('commentMatrix'))}</h2>${commentTable(comments)}` : '') +
    choice('agree', t('decision'), [['true', t('agree')], ['false', t('disagree')]]) + textarea('f-comments', t('commentsByLine'), 'comments');
  return () => ({ agree: radio(form, 'agree'), comments: val('f-comments') || undefined });
}
