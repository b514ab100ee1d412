// The bureau's batch (administrators see the same without acting): forms imported and followed while
// they are checked, the selection drawn and adjusted, dispatched to agencies, their reviews approved or
// returned, closed; the forms with their flags, the departments' figures and the batch's outputs.
import { api } from '../../api.js';
import { esc, view } from '../../dom.js';
import { me } from '../../session.js';
import { assignmentsPanel, closePanel } from './assignments.js';
import { batchHeader, summary } from './batch.js';
import { IN_REVIEW_OR_LATER, TAKES_FORMS, batchPath } from './common.js';
import { departmentsPanel } from './departments.js';
import { dispatchPanel } from './dispatch.js';
import { formsTable } from './forms-table.js';
import { importPanel } from './import.js';
import { outputPanels } from './outputs.js';
import { samplingText, selectionPanel } from './selection.js';

export async function bureauBatch(batch) {
  const ctx = {
    batch,
    owner: me.role === 'BUREAU',
    filter: { flag: '', department: '', selected: '', readable: '' },
    page: 0
  };
  /** The batch changed on the server (progress, selection): the header follows. */
  ctx.setBatch = b => {
    ctx.batch = b;
    const bar = document.getElementById('batch-summary');
    if (bar) bar.innerHTML = summary(b);
    const sampling = document.getElementById('batch-sampling');
    if (sampling) sampling.textContent = samplingText(b.sampling);
  };
  /** The batch moved on (checked, drawn, dispatched, decided, closed): the whole page again, filters kept. */
  ctx.reload = async () => {
    const r = await api('GET', batchPath(ctx.batch.id));
    if (r.ok) ctx.batch = r.json;
    await draw(ctx);
  };
  await draw(ctx);
}

async function draw(ctx) {
  const b = ctx.batch;
  const owner = ctx.owner;
  const selecting = owner && b.status === 'CHECKED';
  view().innerHTML = `${batchHeader(b)}
    <p class="small" id="batch-sampling">${esc(samplingText(b.sampling))}</p>
    ${owner && TAKES_FORMS.includes(b.status) ? `<section class="card" id="import-panel"></section>` : ''}
    ${selecting ? `<div class="grid2"><section class="card" id="selection-panel"></section>
      <section class="card" id="dispatch-panel"></section></div>` : ''}
    ${IN_REVIEW_OR_LATER.includes(b.status) ? `<section class="card" id="assignments-panel"></section>` : ''}
    ${owner && b.status === 'ANSWERING' ? `<section class="card" id="close-panel"></section>` : ''}
    <section class="card" id="forms-panel"></section>
    <section class="card" id="departments-panel"></section>
    <div id="output-panels"></div>`;
  const host = id => document.getElementById(id);
  const departments = await api('GET', batchPath(b.id, '/departments'));
  ctx.departments = departments.ok ? departments.json.items : [];
  if (host('import-panel')) importPanel(host('import-panel'), ctx);
  if (selecting) selectionPanel(host('selection-panel'), ctx);
  await Promise.all([
    selecting ? dispatchPanel(host('dispatch-panel'), ctx) : null,
    host('assignments-panel') ? assignmentsPanel(host('assignments-panel'), ctx) : null,
    formsTable(host('forms-panel'), ctx, 'bureau'),
    outputPanels(host('output-panels'), ctx)
  ]);
  if (host('close-panel')) closePanel(host('close-panel'), ctx);
  departmentsPanel(host('departments-panel'), ctx, departments.ok ? null : departments);
}
