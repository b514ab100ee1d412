// The bureau imports forms into its batch (导入自评表): workbooks, zips of workbooks or JSON, dropped on
// the page or chosen, each with its upload's progress bar; then the checking in the background is
// followed once a second (processed / total) until the batch is checked, and the page drawn again.
import { api } from '../../api.js';
import { esc } from '../../dom.js';
import { t } from '../../i18n.js';
import { uploadEach, uploadZone, wireFileDrop } from '../../evidence.js';
import { batchPath, progress } from './common.js';

/** How often the checking's progress is read. */
const POLL_MS = 1000;

export function importPanel(host, ctx) {
  const b = ctx.batch;
  host.innerHTML = `<h2>${esc(t('seImport'))}</h2>
    <p class="muted small">${esc(t('seImportHint'))}</p>
    ${uploadZone('forms-upload', { hint: t('seDropHint'), choose: t('seChooseFiles'), accept: '.xlsx,.zip,.json' })}
    <p class="notice" id="import-notice" role="status"></p>
    <div class="check-progress" id="check-progress-box"${b.status === 'CHECKING' ? '' : ' hidden'}>
      <span>${esc(t('seCheckProgress'))}</span> ${progress('check-progress', b.processed, b.total, t('seCheckProgress'))}</div>`;
  const list = document.getElementById('forms-upload-uploads');
  wireFileDrop('forms-upload', async files => {
    const received = await uploadEach(list, files, null, file => ({ method: 'POST', path: batchPath(b.id, '/forms'), file }));
    if (!host.isConnected || !received.length) return;
    document.getElementById('import-notice').textContent =
      t('seReceived', received.reduce((n, x) => n + (x.accepted || 0), 0), received.map(x => x.name).join(t('listSep')));
    follow(ctx);
  });
  if (b.status === 'CHECKING') follow(ctx);
}

/** Reads the batch once a second while its forms are checked, the bar and the header following; then draws the page again. */
function follow(ctx) {
  if (ctx.following) return;
  ctx.following = true;
  const box = document.getElementById('check-progress-box');
  if (box) box.hidden = false;
  const tick = async () => {
    let r;
    try {
      r = await api('GET', batchPath(ctx.batch.id));
    } catch (left) {
      ctx.following = false; // the user went to another page
      return;
    }
    if (!document.getElementById('check-progress')) { ctx.following = false; return; }
    if (r.ok) {
      ctx.setBatch(r.json);
      showProgress(r.json);
    }
    if (r.status === 404) { ctx.following = false; return; }
    if (!r.ok || ['OPEN', 'CHECKING'].includes(r.json.status)) { setTimeout(tick, POLL_MS); return; }
    ctx.following = false;
    await ctx.reload().catch(() => {});
  };
  setTimeout(tick, POLL_MS);
}

function showProgress(b) {
  const bar = document.getElementById('check-progress');
  bar.max = Math.max(b.total, 1);
  bar.value = Math.min(b.processed, b.total);
  document.getElementById('check-progress-text').textContent = t('seOf', b.processed, b.total);
}
