// Evidence files (佐证材料) of an evaluation, shared by the evaluation page and the task screens:
// the list (GET /api/evaluations/{id}/files), uploads with a progress bar per file, the checkbox
// pickers that cite files by id in task payloads ({fileId}), sizes and types in words, and the
// preview of a PDF or an image in a dialog on the page.
import { api, upload } from './api.js';
import { esc } from './dom.js';
import { t } from './i18n.js';

/** The evaluation's files and its limits: { items, limits: {maxFileBytes, maxEvaluationBytes, usedBytes} | null }. */
export async function loadFiles(evaluationId) {
  const r = await api('GET', `evaluations/${encodeURIComponent(evaluationId)}/files`);
  if (!r.ok) throw new Error((r.json && r.json.message) || `HTTP ${r.status}`);
  return { items: r.json.items || [], limits: r.json.limits || null };
}

/** A size in bytes as KB or MB (one decimal place, none when it is .0). */
export function fileSize(bytes) {
  if (bytes == null || isNaN(Number(bytes))) return '';
  const b = Number(bytes);
  const one = x => String(Number(x.toFixed(1)));
  if (b >= 1024 * 1024) return `${one(b / (1024 * 1024))} MB`;
  // a file of a few bytes is 0.1 KB rather than 0 KB
  return `${b > 0 && b < 103 ? '0.1' : one(b / 1024)} KB`;
}

/** How a file is previewed: 'pdf' in a frame, 'image' as an image, 'other' downloaded. */
export function fileKind(f) {
  const type = String(f.contentType || '').toLowerCase().split(';')[0].trim();
  if (type === 'application/pdf') return 'pdf';
  if (type.startsWith('image/')) return 'image';
  return 'other';
}

/** Whether the file is shown on the page rather than downloaded (the API's "inline", else by type). */
export function previewable(f) {
  return f.inline != null ? Boolean(f.inline) && fileKind(f) !== 'other' : fileKind(f) !== 'other';
}

const TYPE_WORDS = [
  [/^application\/pdf/, 'typePdf'], [/^image\//, 'typeImage'],
  [/wordprocessingml|msword|opendocument\.text/, 'typeWord'], [/spreadsheetml|ms-excel|opendocument\.spreadsheet|text\/csv/, 'typeExcel'],
  [/presentationml|ms-powerpoint/, 'typeSlides'], [/zip|x-7z|x-rar|gzip/, 'typeArchive'], [/^text\//, 'typeText']];

/** The type of a file in words (PDF, 图片 PNG, Word 文档, ...). */
export function fileType(f) {
  const type = String(f.contentType || '').toLowerCase();
  const hit = TYPE_WORDS.find(([re]) => re.test(type));
  if (!hit) return t('typeOther');
  if (hit[1] === 'typeImage') return t('typeImage', type.split(';')[0].slice('image/'.length).toUpperCase());
  return t(hit[1]);
}

/** The address of a file's bytes: inline (PDF, images) or as a download. */
export function fileUrl(f, download) {
  return `api/files/${encodeURIComponent(f.id)}${download ? '?download=true' : ''}`;
}

/** A file's name as a link: a PDF or an image opens the preview (see wirePreviewLinks), anything else downloads. */
export function fileLink(f) {
  return `<a class="file-open" href="${esc(fileUrl(f, !previewable(f)))}" data-file-id="${esc(f.id)}">${esc(f.name)}</a>`;
}

/**
 * An evidence entry of a task ({fileId?, name}, or a name): a file cited by id as a link (a file of
 * files as fileLink shows it, else a download), a name without a file as text.
 */
export function evidenceRef(ref, files) {
  const r = typeof ref === 'string' ? { name: ref } : ref || {};
  if (r.fileId == null) return esc(r.name || '');
  const f = (files || []).find(x => String(x.id) === String(r.fileId));
  return f ? fileLink(f) : fileLink({ id: r.fileId, name: r.name || String(r.fileId) });
}

/** Makes the file links under root open the preview, when files() lists the file and it is a PDF or an image. */
export function wirePreviewLinks(root, files) {
  root.addEventListener('click', ev => {
    const a = ev.target.closest('a.file-open[data-file-id]');
    if (!a || ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.button !== 0) return;
    const f = files().find(x => String(x.id) === a.dataset.fileId);
    if (!f || !previewable(f)) return;
    ev.preventDefault();
    openPreview(f);
  });
}

/** Shows a PDF (in a frame) or an image in a dialog over the page; it goes with the page. */
export function openPreview(f) {
  let dialog = document.getElementById('file-preview');
  if (!dialog) {
    document.getElementById('view').insertAdjacentHTML('beforeend', `<dialog id="file-preview" class="preview" aria-labelledby="file-preview-title">
      <div class="preview-head"><h2 id="file-preview-title"></h2><a id="file-preview-download"></a>
      <button type="button" id="file-preview-close">${esc(t('close'))}</button></div><div class="preview-body"></div></dialog>`);
    dialog = document.getElementById('file-preview');
    document.getElementById('file-preview-close').onclick = () => dialog.close();
    // a click on the backdrop (the dialog element itself, outside its content) closes it too
    dialog.addEventListener('click', ev => { if (ev.target === dialog) dialog.close(); });
    // no frame left loading behind a closed dialog
    dialog.addEventListener('close', () => { dialog.querySelector('.preview-body').innerHTML = ''; });
  }
  document.getElementById('file-preview-title').textContent = t('previewOf', f.name);
  const download = document.getElementById('file-preview-download');
  download.href = fileUrl(f, true);
  download.textContent = t('download');
  const body = dialog.querySelector('.preview-body');
  body.innerHTML = fileKind(f) === 'image'
    ? `<img id="file-preview-image" alt="${esc(f.name)}" src="${esc(fileUrl(f, false))}">`
    : `<iframe id="file-preview-frame" title="${esc(f.name)}" src="${esc(fileUrl(f, false))}"></iframe>`;
  if (!dialog.open) dialog.showModal();
}

/**
 * The drop zone and file chooser of an upload, with the list where each file's progress shows; the
 * evidence files' words unless hint and choose say otherwise, accept the chooser's file types.
 */
export function uploadZone(prefix, { hint = t('dropHint'), choose = t('chooseFiles'), accept = '' } = {}) {
  // the chooser is the browser's file input, shown as a button in the UI's language (its label)
  return `<div class="dropzone" id="${esc(prefix)}-drop"><span>${esc(hint)}</span>
    <input type="file" multiple id="${esc(prefix)}-input" class="file-input sr-only"${accept ? ` accept="${esc(accept)}"` : ''}><label for="${esc(prefix)}-input" class="choose-files">${esc(choose)}</label></div>
    <ul class="uploads" id="${esc(prefix)}-uploads" aria-live="polite"></ul>`;
}

/**
 * Wires an uploadZone: the chosen or dropped files are sent one after the other to the evaluation,
 * each with its progress bar and then its outcome (the API's message when refused: too large, a
 * type not accepted). limits() gives the latest limits (a file over maxFileBytes is not sent);
 * done(uploaded files) follows each batch.
 */
export function wireUploadZone(prefix, evaluationId, limits, done) {
  const list = document.getElementById(prefix + '-uploads');
  wireFileDrop(prefix, async files => {
    const uploaded = await uploadEach(list, files, limits(), file =>
      ({ method: 'POST', path: `evaluations/${encodeURIComponent(evaluationId)}/files`, file }));
    if (list.isConnected) done(uploaded);
  });
}

/** Wires the chooser and the drop zone of an uploadZone: send(files) gets the files chosen or dropped, when there are any. */
export function wireFileDrop(prefix, send) {
  const input = document.getElementById(prefix + '-input');
  const zone = document.getElementById(prefix + '-drop');
  const take = files => { if (files.length) send(files); };
  input.addEventListener('change', () => { const files = [...input.files]; input.value = ''; take(files); });
  ['dragenter', 'dragover'].forEach(type => zone.addEventListener(type, ev => {
    if (!ev.dataTransfer || ![...ev.dataTransfer.types].includes('Files')) return;
    ev.preventDefault();
    ev.dataTransfer.dropEffect = 'copy';
    zone.classList.add('dragging');
  }));
  zone.addEventListener('dragleave', ev => { if (!zone.contains(ev.relatedTarget)) zone.classList.remove('dragging'); });
  zone.addEventListener('drop', ev => {
    ev.preventDefault();
    zone.classList.remove('dragging');
    take([...(ev.dataTransfer ? ev.dataTransfer.files : [])]);
  });
}

/**
 * Sends files one after the other, each shown in list with its progress bar and outcome; what
 * the last batch showed goes first. request(file) gives {method, path, file}. Resolves to the
 * files the API took (its answers).
 */
export async function uploadEach(list, files, limits, request) {
  list.innerHTML = '';
  const rows = files.map(file => {
    const li = document.createElement('li');
    li.innerHTML = `<span class="upload-name">${esc(file.name)}</span> <span class="muted">${esc(fileSize(file.size))}</span>
      <progress max="1" value="0" aria-label="${esc(t('uploadProgress', file.name))}"></progress> <span class="upload-state">${esc(t('uploadWaiting'))}</span>`;
    list.appendChild(li);
    return li;
  });
  const uploaded = [];
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    const li = rows[i];
    const bar = li.querySelector('progress');
    const state = li.querySelector('.upload-state');
    if (limits && limits.maxFileBytes && file.size > limits.maxFileBytes) {
      fail(li, t('fileTooLarge', file.name, fileSize(limits.maxFileBytes)));
      continue;
    }
    state.textContent = t('uploading');
    const req = request(file);
    let r;
    try {
      r = await upload(req.method, req.path, req.file, fraction => { bar.value = fraction; });
    } catch (e) {
      return uploaded; // signed out, or the password must be changed first: the page is being replaced
    }
    if (r.ok) {
      bar.value = 1;
      li.classList.add('done');
      state.textContent = t('uploaded');
      uploaded.push(r.json);
    } else {
      fail(li, uploadProblem(r, file, limits));
    }
  }
  return uploaded;
}

function fail(li, message) {
  li.classList.add('failed');
  li.querySelector('progress').hidden = true;
  const state = li.querySelector('.upload-state');
  state.textContent = message;
  state.setAttribute('role', 'alert');
}

/** Why an upload was refused, in the API's words where it gave some. */
export function uploadProblem(r, file, limits) {
  const body = r.json || {};
  const fields = [...(body.details || []), ...(body.errors || [])].map(d => d.message).filter(Boolean);
  const said = fields.length ? fields.join(t('listSep')) : body.message;
  if (r.status === 413) return said || t('fileTooLarge', file.name, limits && limits.maxFileBytes ? fileSize(limits.maxFileBytes) : '');
  if (r.status === 0) return t('uploadBroken', file.name);
  return said || t('uploadFailed', r.status);
}

/** The limits in words: the largest file, and what the evaluation has used of its total. */
export function limitsText(limits) {
  if (!limits) return '';
  const parts = [];
  if (limits.maxFileBytes) parts.push(t('maxFile', fileSize(limits.maxFileBytes)));
  if (limits.maxEvaluationBytes) parts.push(t('usedOf', fileSize(limits.usedBytes || 0), fileSize(limits.maxEvaluationBytes)));
  return parts.join(t('listSep'));
}

/** The ids of the files an evidence list cites (entries {fileId?, name}). */
export function citedIds(evidence) {
  return (evidence || []).filter(x => x && x.fileId != null).map(x => String(x.fileId));
}

/** The names an evidence list cites without a file (strings, or {name} without fileId). */
export function citedNames(evidence) {
  return (evidence || []).map(x => (typeof x === 'string' ? x : x && x.fileId == null ? x.name : null)).filter(Boolean);
}

/** Checkboxes, one per file, those whose id is in selected checked (each labelled by its file's name). */
export function fileChecks(files, selected, attrs = '') {
  if (!files.length) return `<p class="muted small">${esc(t('noFiles'))}</p>`;
  const on = new Set((selected || []).map(String));
  return files.map(f => `<label class="check file-check"><input type="checkbox" value="${esc(f.id)}" ${attrs}${on.has(String(f.id)) ? ' checked' : ''}>
    ${esc(f.name)} <span class="muted small">${esc(fileSize(f.size))} · ${esc(fileType(f))}</span></label>`).join('');
}

/** The files checked under root as the API's references, [{fileId}]. */
export function checkedFiles(root) {
  return [...root.querySelectorAll('input[type=checkbox]:checked')].map(el => el.value)
    .map(v => ({ fileId: isNaN(Number(v)) ? v : Number(v) }));
}

/** The ids checked under root, as strings. */
export function checkedIds(root) {
  return [...root.querySelectorAll('input[type=checkbox]:checked')].map(el => el.value);
}

/** A share 0..1 (a number or a decimal string) in percent with one decimal place. */
export function percent(ratio) {
  return ratio == null || ratio === '' || isNaN(Number(ratio)) ? '—' : `${(Number(ratio) * 100).toFixed(1)}%`;
}

/** The evidence completeness figure of an evaluation in words. */
export function completenessText(c) {
  if (!c) return '';
  if (!c.scored) return t('completenessPending');
  return c.weightRatio == null ? t('completenessCount', c.withEvidence, c.scored)
    : t('completeness', c.withEvidence, c.scored, percent(c.weightRatio));
}

/**
 * A small per-indicator picker (collect and score screens): a folded list of the evaluation's
 * files, those of selected checked, its summary counting the checked ones. label names the indicator.
 */
export function indicatorPicker(files, selected, label) {
  const n = (selected || []).filter(id => files.some(f => String(f.id) === String(id))).length;
  return `<details class="picker" aria-label="${esc(t('evidenceOf', label))}"><summary>${esc(t('evidenceCount', n))}</summary>
    <div class="picker-list">${fileChecks(files, selected)}</div></details>`;
}

/**
 * Points a picker at the payload field its files are sent as (base, such as scores[3].evidence; '' when
 * not sent): the picker itself for the list, each checked file for its entry (base[j].fileId).
 */
export function pointPicker(picker, base) {
  picker.dataset.path = base;
  picker.querySelectorAll('input[type=checkbox]').forEach(el => { el.dataset.path = ''; });
  if (base) picker.querySelectorAll('input[type=checkbox]:checked').forEach((el, j) => { el.dataset.path = `${base}[${j}].fileId`; });
}

/** Keeps the summaries of the pickers under root counting their checked files. */
export function wirePickerCounts(root) {
  root.addEventListener('change', ev => {
    const picker = ev.target.closest('details.picker');
    if (picker) picker.querySelector('summary').textContent = t('evidenceCount', checkedIds(picker).length);
  });
}

/** The evidence entries of an indicator in an evaluation's indicatorEvidence ([{path, evidence}]), keyed by its path. */
export function evidenceByPath(indicatorEvidence) {
  return new Map((indicatorEvidence || []).map(x => [JSON.stringify(x.path), x.evidence || []]));
}
