// One open task: the form of its key (task/*.js), submitted to POST /api/tasks/{id}/complete;
// bad fields are shown next to them.
import { api } from '../api.js';
import { esc, showErrors, view } from '../dom.js';
import { t } from '../i18n.js';
import { statusBadge, taskName } from '../labels.js';
import { acceptForm } from './task/accept.js';
import { targetsForm } from './task/targets.js';
import { fundsForm } from './task/funds.js';
import { collectForm } from './task/collect.js';
import { scoreForm } from './task/score.js';
import { draftForm } from './task/draft.js';
import { viewsForm } from './task/views.js';
import { reviewForm } from './task/review.js';
import { planForm } from './task/rectification-plan.js';
import { evidenceForm } from './task/rectification-evidence.js';
import { verifyForm } from './task/rectification-verify.js';

// Each form draws itself into the form element and returns a function giving the payload.
const FORMS = { accept: acceptForm, setTargets: targetsForm, submitData: fundsForm, collectData: collectForm, score: scoreForm,
  draftReport: draftForm, exchangeViews: viewsForm, review: reviewForm, rectificationPlan: planForm,
  rectificationEvidence: evidenceForm, verifyRectification: verifyForm };

export async function task(id) {
  const list = await api('GET', 'tasks');
  const k = list.json.items.find(x => x.id === id);
  if (!k) { view().innerHTML = `<p class="form-error">${esc(t('taskGone'))}</p>`; return; }
  const e = (await api('GET', 'evaluations/' + k.evaluationId)).json;
  view().innerHTML = `<h1>${esc(taskName(k))}</h1><p class="muted"><a href="#/evaluation/${esc(e.id)}">${esc(e.title)}</a> · ${statusBadge(e.status)}</p>
    <form class="card form" id="task-form" data-key="${esc(k.key)}" novalidate></form>`;
  const form = document.getElementById('task-form');
  const payload = await FORMS[k.key](form, e, k);
  form.insertAdjacentHTML('beforeend', `<div class="form-error" role="alert"></div><button class="primary" type="submit" id="task-submit">${esc(t('submit'))}</button>`);
  form.onsubmit = async ev => {
    ev.preventDefault();
    const r = await api('POST', `tasks/${k.id}/complete`, payload());
    if (r.ok) { location.hash = '#/evaluation/' + e.id; return; }
    showErrors(form, r.json);
    // a mark inside a folded list (an indicator's evidence picker) is unfolded to be seen
    form.querySelectorAll('details:not([open])').forEach(d => { if (d.querySelector('.invalid')) d.open = true; });
    const first = form.querySelector('.invalid');
    if (first) first.focus();
  };
}
