// The bureau accepts a rectification or returns its evidence; the evidence files open in the preview.
import { choice, esc, radio, textarea, val } from '../../dom.js';
import { t } from '../../i18n.js';
import { evidenceRef, loadFiles, wirePreviewLinks } from '../../evidence.js';

export async function verifyForm(form, e) {
  const files = await loadFiles(e.id).then(x => x.items, () => []);
  form.innerHTML = `<p>${e.rectifications.filter(r => r.status === 'VERIFICATION').map(r => `${esc(r.title)}${esc(t('colon'))}${esc(r.summary || '')}${
    (r.evidenceFiles || r.evidence || []).length ? `<br><span class="muted">${esc(t('evidenceFiles'))}${esc(t('colon'))}</span>${
      (r.evidenceFiles || r.evidence).map(x => evidenceRef(x, files)).join(esc(t('listSep')))}` : ''}`).join('<br>')}</p>` +
    choice('accepted', t('decision'), [['true', t('approve')], ['false', t('returnBack')]]) + textarea('f-comments', t('comments'), 'comments');
  wirePreviewLinks(form, () => files);
  return () => ({ accepted: radio(form, 'accepted'), comments: val('f-comments') || undefined });
}
