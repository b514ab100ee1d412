// The evaluation page's evidence panel (佐证材料): the completeness figure and the indicators without
// evidence, the evidence the department submitted, a drop zone and file chooser for uploads (one
// progress bar per file), and the evaluation's files: name (PDF and images open in the preview,
// the rest download), size, type, who uploaded it and when, a lock once a submitted task cites it,
// replace and delete while it is the uploader's own and not yet cited.
import { api } from '../api.js';
import { dateTime, esc } from '../dom.js';
import { t } from '../i18n.js';
import { me } from '../session.js';
import { completenessText, evidenceRef, fileLink, fileSize, fileType, limitsText, loadFiles, uploadEach, uploadZone,
  wirePreviewLinks, wireUploadZone } from '../evidence.js';

/** Indicators without evidence: the list is folded when longer than this. */
const OPEN_UP_TO = 10;
/** An evaluation that has ended takes no more files (the API answers 409), and administrators upload none (403). */
const ENDED = ['CLOSED', 'CANCELLED'];

/** Draws the panel into host; the file links in elsewhere (the rectifications' evidence, say) open the preview too. */
export async function evidencePanel(host, e, elsewhere = []) {
  const tx = key => esc(t(key));
  const c = e.evidenceCompleteness;
  const missing = (c && c.missing) || [];
  let files = [];
  let limits = null;
  const uploading = me.role !== 'ADMIN' && !ENDED.includes(e.status);
  host.innerHTML = `<h2>${tx('evidenceFiles')}</h2>
    ${c ? `<p id="evidence-completeness" class="completeness">${esc(completenessText(c))}</p>` : ''}
    ${missing.length ? `<details id="evidence-missing"${missing.length <= OPEN_UP_TO ? ' open' : ''}>
      <summary>${esc(t('missingEvidence', missing.length))}</summary><ul class="missing-list">${missing.map(m =>
        `<li>${esc((m.path && m.path.length ? m.path : [m.name]).join(' / '))}</li>`).join('')}</ul></details>` : ''}
    <p id="evidence-submitted" class="small"></p>
    ${uploading ? uploadZone('evidence') : ''}
    <ul class="uploads" id="evidence-replacements" aria-live="polite"></ul>
    <input type="file" id="evidence-replace-input" hidden aria-label="${tx('replace')}">
    <p class="muted small" id="evidence-limits"></p>
    <div class="form-error" id="evidence-error" role="alert"></div>
    <div id="evidence-list"><p class="muted">${tx('loading')}</p></div>`;
  const error = document.getElementById('evidence-error');
  const replacements = document.getElementById('evidence-replacements');

  const draw = () => {
    document.getElementById('evidence-limits').textContent = limitsText(limits);
    // the department's evidence of its funds data, the uploaded ones as links
    const submitted = e.evidence || [];
    document.getElementById('evidence-submitted').innerHTML = submitted.length
      ? `${tx('submittedEvidence')}${tx('colon')}${submitted.map(x => evidenceRef(x, files)).join(esc(t('listSep')))}` : '';
    document.getElementById('evidence-list').innerHTML = files.length ? `<table class="data small" id="evidence-files"><thead><tr>
      <th>${tx('fileName')}</th><th class="num">${tx('fileSize')}</th><th>${tx('fileType')}</th><th>${tx('uploadedBy')}</th>
      <th>${tx('uploadedAt')}</th><th>${tx('status')}</th><th>${tx('actions')}</th></tr></thead><tbody>${files.map(f => `<tr data-file-id="${esc(f.id)}">
      <td>${fileLink(f)}</td><td class="num nowrap">${esc(fileSize(f.size))}</td><td>${esc(fileType(f))}</td><td>${esc(f.uploadedBy)}</td>
      <td class="nowrap">${esc(dateTime(f.uploadedAt))}</td>
      <td>${f.submitted ? `<span class="flag locked" title="${tx('fileLockedHint')}">${tx('fileLocked')}</span>` : ''}</td>
      <td class="nowrap">${f.deletable ? `<button type="button" class="link" data-act="replace">${tx('replace')}</button>
        <button type="button" class="link" data-act="delete">${tx('remove')}</button>` : ''}</td></tr>`).join('')}</tbody></table>`
      : `<p class="muted" id="evidence-none">${tx('noFiles')}</p>`;
  };
  const refresh = async () => {
    try {
      ({ items: files, limits } = await loadFiles(e.id));
    } catch (failure) {
      if (!host.isConnected) return;
      document.getElementById('evidence-list').innerHTML = `<p class="form-error">${esc(failure.message)}</p>`;
      return;
    }
    if (host.isConnected) draw();
  };

  if (uploading) wireUploadZone('evidence', e.id, () => limits, () => { error.textContent = ''; refresh().catch(() => {}); });
  [host, ...elsewhere].filter(Boolean).forEach(root => wirePreviewLinks(root, () => files));

  // replacing a wrong upload keeps its id: PUT /api/files/{id} with the right file
  const replaceInput = document.getElementById('evidence-replace-input');
  let replacing = null;
  replaceInput.addEventListener('change', async () => {
    const file = replaceInput.files[0];
    replaceInput.value = '';
    if (!file || !replacing) return;
    const target = replacing;
    replacing = null;
    await uploadEach(replacements, [file], limits, f => ({ method: 'PUT', path: `files/${encodeURIComponent(target.id)}`, file: f }));
    if (host.isConnected) await refresh().catch(() => {});
  });
  host.addEventListener('click', async ev => {
    const button = ev.target.closest('button[data-act]');
    if (!button) return;
    const f = files.find(x => String(x.id) === button.closest('tr').dataset.fileId);
    if (!f) return;
    error.textContent = '';
    if (button.dataset.act === 'replace') {
      replacing = f;
      replaceInput.click();
      return;
    }
    if (!window.confirm(t('confirmDeleteFile', f.name))) return;
    const r = await api('DELETE', `files/${encodeURIComponent(f.id)}`).catch(() => null);
    if (!r || !host.isConnected) return;
    if (!r.ok) error.textContent = (r.json && r.json.message) || t('uploadFailed', r.status);
    await refresh().catch(() => {});
  });
  await refresh();
}
