// The caller's self-evaluation review batches: the bureau's with their progress and the form to open
// a new one (year, name, the rules it is checked by), an agency's review tasks, a department's results.
import { api } from '../../api.js';
import { dateTime, esc, field, options, showErrors, view } from '../../dom.js';
import { t } from '../../i18n.js';
import { entries } from '../../labels.js';
import { me } from '../../session.js';
import { BATCHES, assignmentStatus, batchHref, batchPath, batchStatus, dueDay, figure, problem, progress } from './common.js';

export async function batchList() {
  const r = await api('GET', BATCHES);
  if (!r.ok) { view().innerHTML = `<p class="form-error">${esc(problem(r))}</p>`; return; }
  const items = r.json.items;
  if (me.role === 'EVALUATOR') { await agencyList(items); return; }
  const tx = key => esc(t(key));
  const table = me.role === 'DEPARTMENT' ? departmentTable(items) : bureauTable(items);
  view().innerHTML = `<h1>${tx('selfEvaluation')}</h1>
    ${me.role === 'BUREAU' ? createForm() : ''}
    <section class="card"><h2>${tx(me.role === 'DEPARTMENT' ? 'seResults' : 'seBatches')}</h2>${table}</section>`;
  if (me.role === 'BUREAU') wireCreateForm();
}

function bureauTable(items) {
  if (!items.length) return `<p class="muted">${esc(t('noItems'))}</p>`;
  const th = key => `<th>${esc(t(key))}</th>`;
  const thn = key => `<th class="num">${esc(t(key))}</th>`;
  return `<table class="data" id="batch-list"><thead><tr>${th('seBatchName')}${th('year')}${th('status')}${th('seCheckProgress')}
    ${thn('seFlagged')}${thn('seWithErrors')}${thn('seFailed')}${th('seCreated')}</tr></thead><tbody>${items.map(b => `<tr data-id="${esc(b.id)}">
    <td><a href="${batchHref(b.id)}">${esc(b.name)}</a></td><td>${esc(b.year)}</td><td>${batchStatus(b.status)}</td>
    <td class="nowrap">${progress('batch-progress-' + b.id, b.processed, b.total, t('seCheckProgressOf', b.name))}</td>
    <td class="num">${figure(b.flagged)}</td><td class="num">${figure(b.withErrors)}</td><td class="num">${figure(b.failed)}</td>
    <td class="nowrap">${esc(b.createdBy)}<br><span class="muted small">${esc(dateTime(b.createdAt))}</span></td></tr>`).join('')}</tbody></table>`;
}

function departmentTable(items) {
  if (!items.length) return `<p class="muted">${esc(t('seNoResults'))}</p>`;
  const th = key => `<th>${esc(t(key))}</th>`;
  return `<table class="data" id="batch-list"><thead><tr>${th('seBatchName')}${th('year')}${th('status')}${th('seAnswerDue')}</tr></thead>
    <tbody>${items.map(b => `<tr data-id="${esc(b.id)}"><td><a href="${batchHref(b.id)}">${esc(b.name)}</a></td><td>${esc(b.year)}</td>
    <td>${batchStatus(b.status)}</td><td>${esc(b.answerDueAt ? dueDay(b.answerDueAt) : '—')}</td></tr>`).join('')}</tbody></table>`;
}

/** An agency's review tasks: its part of each batch it was dispatched, returned ones with the bureau's reason. */
async function agencyList(items) {
  const parts = await Promise.all(items.map(b => api('GET', batchPath(b.id, '/assignments'))));
  const rows = items.flatMap((b, i) => (parts[i].ok ? parts[i].json.items : []).map(a => ({ b, a })));
  const th = key => `<th>${esc(t(key))}</th>`;
  view().innerHTML = `<h1>${esc(t('selfEvaluation'))}</h1><section class="card"><h2>${esc(t('seReviewTasks'))}</h2>
    ${rows.length ? `<table class="data" id="assignment-list"><thead><tr>${th('seBatchName')}${th('status')}${th('seRechecked')}${th('dueDate')}
      ${th('seReturnReason')}</tr></thead><tbody>${rows.map(({ b, a }) => `<tr data-id="${esc(b.id)}" data-assignment-id="${esc(a.id)}">
      <td><a href="${batchHref(b.id)}">${esc(b.name)}</a><br><span class="muted small">${esc(b.year)}</span></td>
      <td>${assignmentStatus(a.status)}${a.overdue ? ` <span class="flag overdue">${esc(t('overdue'))}</span>` : ''}</td>
      <td class="nowrap">${progress('recheck-progress-' + a.id, a.rechecked, a.forms, t('seRecheckProgressOf', b.name))}</td>
      <td class="nowrap">${esc(dueDay(a.dueAt))}</td>
      <td class="pre">${a.returnReason && a.status === 'REVIEWING' ? esc(a.returnReason) : '—'}</td></tr>`).join('')}</tbody></table>`
      : `<p class="muted">${esc(t('noTasks'))}</p>`}</section>`;
}

function createForm() {
  const tx = key => esc(t(key));
  return `<form class="card form" id="batch-form" novalidate><h2>${tx('seNewBatch')}</h2><div class="fields-grid">
      ${field('se-year', t('year'), `<input id="f-se-year" data-path="year" type="number" min="1990" max="2100" value="${new Date().getFullYear() - 1}">`)}
      ${field('se-name', t('seBatchName'), `<input id="f-se-name" data-path="name" autocomplete="off">`)}</div>
    <details id="batch-rules"><summary>${tx('seRules')}</summary><div class="fields-grid">
      ${field('se-atMost', t('seAtMost'), `<select id="f-se-atMost" data-path="rules.atMost">${options([['', t('seDefault')], ...entries('atMostScorings')], '')}</select>`)}
      ${field('se-over', t('seOverachieved'), `<input id="f-se-over" data-path="rules.overachievedAtPercent" type="number" min="0" step="any">`)}
      ${field('se-gap', t('seExecutionGap'), `<input id="f-se-gap" data-path="rules.executionGapPoints" type="number" min="0" step="any">`)}</div>
      <p class="muted small">${tx('seRulesHint')}</p></details>
    <div class="form-error" role="alert"></div>
    <p class="buttons"><button class="primary" type="submit" id="batch-create">${tx('seCreate')}</button></p></form>`;
}

function wireCreateForm() {
  const form = document.getElementById('batch-form');
  form.onsubmit = async ev => {
    ev.preventDefault();
    const v = id => document.getElementById(id).value.trim();
    // a number as a number; what is no number goes as written, for the API to name
    const number = s => (s === '' ? undefined : isNaN(Number(s)) ? s : Number(s));
    const rules = {};
    if (v('f-se-atMost')) rules.atMost = v('f-se-atMost');
    if (number(v('f-se-over')) !== undefined) rules.overachievedAtPercent = number(v('f-se-over'));
    if (number(v('f-se-gap')) !== undefined) rules.executionGapPoints = number(v('f-se-gap'));
    const body = { year: number(v('f-se-year')) ?? null, name: v('f-se-name') };
    if (Object.keys(rules).length) body.rules = rules;
    const r = await api('POST', BATCHES, body);
    if (r.ok) { location.hash = batchHref(r.json.id); return; }
    if ((r.json.details || []).some(d => d.path.startsWith('rules'))) document.getElementById('batch-rules').open = true;
    showErrors(form, r.json);
  };
}
