// The evidence of a task whose payload takes a list of it (submitData, rectificationEvidence):
// checkboxes of the evaluation's uploaded files, an upload zone right there (a new file comes
// checked), and the names of evidence not uploaded (one per line, as before files could be uploaded).
// The payload cites the checked files by id, {fileId}, then the names.
import { esc, lines, textarea } from '../../dom.js';
import { t } from '../../i18n.js';
import { checkedFiles, checkedIds, citedIds, citedNames, fileChecks, limitsText, loadFiles, uploadZone,
  wireUploadZone } from '../../evidence.js';

/** Draws the field at the end of form; cited: the evidence already given ({fileId?, name} or names). Returns the payload's evidence. */
export async function evidenceField(form, e, cited) {
  let files = [];
  let limits = null;
  let problem = '';
  try {
    ({ items: files, limits } = await loadFiles(e.id));
  } catch (failure) {
    problem = failure.message;
  }
  form.insertAdjacentHTML('beforeend', `<fieldset class="evidence-field" id="evidence-field"><legend>${esc(t('evidenceFiles'))}</legend>
    <p class="field-label" id="evidence-choices-label">${esc(t('pickEvidence'))}</p>
    <div class="file-checks" id="evidence-choices" role="group" aria-labelledby="evidence-choices-label"></div>
    <p class="field-label">${esc(t('uploadHere'))}</p>${uploadZone('task-evidence')}
    <p class="muted small" id="task-evidence-limits">${esc(limitsText(limits))}</p>
    ${problem ? `<p class="upload-error">${esc(problem)}</p>` : ''}
    ${textarea('f-evidence', t('evidenceNames'), 'evidence', citedNames(cited).join('\n'))}</fieldset>`);
  const choices = document.getElementById('evidence-choices');
  const draw = selected => { choices.innerHTML = fileChecks(files, selected); };
  draw(citedIds(cited));
  wireUploadZone('task-evidence', e.id, () => limits, async uploaded => {
    const selected = [...checkedIds(choices), ...uploaded.map(f => String(f.id))];
    try {
      ({ items: files, limits } = await loadFiles(e.id));
    } catch (failure) {
      files = [...files, ...uploaded]; // the list could not be read again: what was uploaded is known
    }
    if (!choices.isConnected) return;
    document.getElementById('task-evidence-limits').textContent = limitsText(limits);
    draw(selected);
  });
  return () => {
    const refs = checkedFiles(choices);
    // an error about the n-th evidence entry is shown at its checkbox
    choices.querySelectorAll('input[type=checkbox]').forEach(el => { el.dataset.path = ''; });
    choices.querySelectorAll('input[type=checkbox]:checked').forEach((el, n) => { el.dataset.path = `evidence[${n}].fileId`; });
    return [...refs, ...lines('f-evidence')];
  };
}
