// The bureau dispatches the selection (下达现场复核) to agencies of the directory, with the review's
// due date and the days the departments then have to answer; the server shares the forms among the
// agencies and keeps each away from the departments it is conflicted with (回避).
import { api } from '../../api.js';
import { esc, field, showErrors } from '../../dom.js';
import { t } from '../../i18n.js';
import { batchPath, problem } from './common.js';

export async function dispatchPanel(host, ctx) {
  const tx = key => esc(t(key));
  const s = ctx.batch.sampling;
  if (!s || !s.selected) {
    host.innerHTML = `<h2>${tx('seDispatch')}</h2><p class="muted" id="dispatch-waiting">${tx('seDrawFirst')}</p>`;
    return;
  }
  const directory = await api('GET', 'organisations');
  if (!host.isConnected) return;
  if (!directory.ok) {
    host.innerHTML = `<h2>${tx('seDispatch')}</h2><p class="form-error">${esc(problem(directory))}</p>`;
    return;
  }
  const agencies = directory.json.items.filter(o => o.type === 'AGENCY');
  host.innerHTML = `<h2>${tx('seDispatch')}</h2>
    <form class="form" id="dispatch-form" novalidate>
      <fieldset class="agency-choice" id="dispatch-agencies" data-path="agencies"><legend>${tx('seAgencies')}</legend>
        ${agencies.map(a => `<label class="check"><input type="checkbox" name="agency" value="${esc(a.id)}"> ${esc(a.name)}</label>`).join('')
          || `<p class="muted">${tx('noItems')}</p>`}</fieldset>
      <p class="muted small">${tx('seConflictHint')}</p>
      <div class="fields-grid">
        ${field('se-due', t('seReviewDue'), `<input id="f-se-due" data-path="dueDate" type="date">`)}
        ${field('se-answer-days', t('seAnswerDays'), `<input id="f-se-answer-days" data-path="answerDays" type="number" min="1" max="90" value="15">`)}
      </div>
      <div class="form-error" role="alert"></div>
      <p class="buttons"><button class="primary" type="submit" id="dispatch-submit">${tx('seDispatchButton')}</button></p></form>`;
  const form = document.getElementById('dispatch-form');
  form.onsubmit = async ev => {
    ev.preventDefault();
    const days = document.getElementById('f-se-answer-days').value.trim();
    const body = { agencies: [...form.querySelectorAll('input[name=agency]:checked')].map(el => Number(el.value)),
      dueDate: document.getElementById('f-se-due').value };
    if (days) body.answerDays = isNaN(Number(days)) ? days : Number(days);
    const r = await api('POST', batchPath(ctx.batch.id, '/dispatch'), body);
    if (!r.ok) { showErrors(form, r.json); return; }
    ctx.filter.selected = 'true';
    await ctx.reload();
  };
}
