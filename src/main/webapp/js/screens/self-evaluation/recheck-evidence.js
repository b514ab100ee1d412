// The agency's evidence for its recheck (复核佐证材料): files dropped or chosen above the indicators,
// uploaded to the batch one after the other with their progress bars, and offered in every
// indicator's picker (a new upload comes unchecked; what was checked stays checked).
import { api } from '../../api.js';
import { esc } from '../../dom.js';
import { t } from '../../i18n.js';
import { checkedIds, fileChecks, uploadEach, uploadZone, wireFileDrop, wirePickerCounts } from '../../evidence.js';
import { batchPath } from './common.js';

/** The review's evidence files the caller sees (an agency its own); none when they cannot be read. */
export async function reviewFiles(batchId) {
  const r = await api('GET', batchPath(batchId, '/files'));
  return r.ok ? r.json.items || [] : [];
}

/** The upload zone's markup, for the top of the recheck form. */
export function recheckEvidenceZone() {
  return `<div class="recheck-evidence"><p class="field-label">${esc(t('seRecheckEvidence'))}</p>
    ${uploadZone('recheck-evidence', { hint: t('seEvidenceDropHint'), choose: t('chooseFiles') })}</div>`;
}

/** Wires the zone and the pickers of the form; files: the files known when the form was drawn. */
export function wireRecheckEvidence(form, batchId, files) {
  let known = files;
  wirePickerCounts(form);
  const list = document.getElementById('recheck-evidence-uploads');
  wireFileDrop('recheck-evidence', async chosen => {
    const uploaded = await uploadEach(list, chosen, null, file => ({ method: 'POST', path: batchPath(batchId, '/files'), file }));
    if (!form.isConnected || !uploaded.length) return;
    known = await reviewFiles(batchId);
    if (!form.isConnected) return;
    form.querySelectorAll('details.picker').forEach(picker => {
      picker.querySelector('.picker-list').innerHTML = fileChecks(known, checkedIds(picker));
    });
  });
}
