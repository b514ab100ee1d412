// PerfEval web UI: a few screens over the JSON API (../shared/API.md). No build step, no framework.
'use strict';

let me = null;
const view = () => document.getElementById('view');
const STATUS_LABEL = { COMMISSIONED: '已委托', TARGETS: '目标设定', DATA_COLLECTION: '数据采集', SCORING: '评分',
  DRAFT: '报告起草', REVIEW: '审核', PUBLISHED: '已发布', RECTIFICATION: '整改中', CLOSED: '已关闭', CANCELLED: '已取消' };
const ACTION_LABEL = { commission: '委托评价', claim: '认领任务', accept: '接受委托', status: '状态变更', setTargets: '设定绩效目标',
  submitData: '提交资金数据', collectData: '采集评价数据', score: '提交评分', scored: '计算得分', draftReport: '起草报告',
  exchangeViews: '交换意见', review: '审核', publish: '发布报告', rectificationsOpened: '生成整改事项', rectificationPlan: '整改方案',
  rectificationEvidence: '整改情况', verifyRectification: '整改验收', overdue: '整改逾期', close: '结果应用并关闭' };
const FUND_FIELDS = [['initialBudget', '年初预算'], ['adjustedBudget', '调整后预算'], ['expenditure', '支出决算'],
  ['basicExpenditure', '基本支出'], ['projectExpenditure', '项目支出'], ['procurementBudget', '政府采购预算'],
  ['procurementExecuted', '政府采购执行'], ['carryOver', '结转结余'], ['threePublicBudget', '三公经费预算'],
  ['threePublicActual', '三公经费支出']];
const FORMULAS = [['', '—'], ['BUDGET_EXECUTION_RATE', '预算执行率'], ['BUDGET_ADJUSTMENT_RATE', '预算调整率'],
  ['PROCUREMENT_EXECUTION_RATE', '政府采购执行率'], ['CARRY_OVER_RATE', '结转结余率'], ['THREE_PUBLIC_CONTROL_RATE', '三公经费控制率']];

function esc(v) {
  return String(v == null ? '' : v).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

// Each route() counts one up. A reply that arrives after the user has moved to another page must
// not draw the old page over the new one, so api() refuses it (route() ignores that refusal).
let routeGeneration = 0;
const SUPERSEDED = 'superseded';

async function api(method, path, body) {
  const generation = routeGeneration;
  const init = { method, credentials: 'same-origin', headers: { 'X-Requested-With': 'PerfEval' } };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const r = await fetch('api/' + path, init);
  if (r.status === 401) { location.href = 'index.html'; throw new Error('unauthenticated'); }
  const json = r.status === 204 ? null : await r.json().catch(() => ({ error: 'internal', message: r.statusText }));
  if (generation !== routeGeneration) throw new Error(SUPERSEDED);
  return { ok: r.ok, status: r.status, json };
}

// Shows an API error next to the fields it names (data-path); what names no field goes on top of the form.
function showErrors(form, error) {
  form.querySelectorAll('.field-error').forEach(el => el.remove());
  form.querySelectorAll('.invalid').forEach(el => el.classList.remove('invalid'));
  const top = form.querySelector('.form-error');
  const unplaced = [];
  (error.details || []).forEach(d => {
    const input = form.querySelector(`[data-path="${CSS.escape(d.path)}"]`);
    if (input) {
      input.classList.add('invalid');
      input.setAttribute('aria-invalid', 'true');
      const msg = document.createElement('div');
      msg.className = 'field-error';
      msg.textContent = d.message;
      input.insertAdjacentElement('afterend', msg);
      // the mark goes as soon as the field is edited
      input.addEventListener('input', () => { msg.remove(); input.classList.remove('invalid'); input.removeAttribute('aria-invalid'); }, { once: true });
    } else {
      unplaced.push(d.path + '：' + d.message);
    }
  });
  top.textContent = [error.details && error.details.length ? t('errorsAbove') : error.message, ...unplaced].join('；');
  const first = form.querySelector('.invalid');
  if (first) first.focus();
}

function statusBadge(s) { return `<span class="status status-${s}">${esc(STATUS_LABEL[s] || s)}</span>`; }
function num(v) { return v == null ? '—' : Number(v).toString(); }

// ------------------------------------------------------------------ shell

async function start() {
  applyI18n();
  const who = await api('GET', 'session');
  me = who.json;
  document.getElementById('user-name').textContent = `${me.displayName}（${me.organisation}）`;
  document.getElementById('logout').onclick = async () => { await api('DELETE', 'session').catch(() => {}); location.href = 'index.html'; };
  const links = [['#/home', 'home'], ['#/evaluations', 'evaluations'], ['#/tasks', 'tasks'], ['#/notifications', 'notifications']];
  if (me.role === 'BUREAU' || me.role === 'ADMIN') links.splice(1, 0, ['#/commission', 'commission'], ['#/dashboard', 'dashboard']);
  document.getElementById('nav').innerHTML = links.map(([href, key]) => `<a href="${href}">${t(key)}</a>`).join('');
  window.addEventListener('hashchange', route);
  route();
}

async function route() {
  const generation = ++routeGeneration;
  const hash = location.hash || '#/home';
  document.querySelectorAll('#nav a').forEach(a => a.classList.toggle('active', hash.startsWith(a.getAttribute('href'))));
  refreshNotificationCount().catch(() => {});
  const [, page, id] = hash.split('/');
  const pages = { home, evaluations, evaluation, tasks, task, notifications, commission, dashboard };
  view().innerHTML = `<p class="muted">${t('loading')}</p>`;
  try {
    await (pages[page] || home)(id);
  } catch (e) {
    if (generation !== routeGeneration || e.message === 'unauthenticated' || e.message === SUPERSEDED) return;
    view().innerHTML = `<p class="form-error">${esc(e.message)}</p>`;
  }
  if (generation === routeGeneration) view().focus();
}

async function refreshNotificationCount() {
  const r = await api('GET', 'notifications');
  if (r.ok) document.getElementById('notification-count').textContent = r.json.items.filter(n => !n.read).length;
}

// ------------------------------------------------------------------ lists

async function home() {
  const [tasksR, evalsR] = await Promise.all([api('GET', 'tasks'), api('GET', 'evaluations')]);
  view().innerHTML = `<h1>${esc(me.organisation)} · ${t('home')}</h1>
    <section class="card"><h2>${t('tasks')}</h2>${taskTable(tasksR.json.items)}</section>
    <section class="card"><h2>${t('evaluations')}</h2>${evaluationTable(evalsR.json.items)}</section>`;
}

async function evaluations() {
  const r = await api('GET', 'evaluations');
  view().innerHTML = `<h1>${t('evaluations')}</h1><section class="card">${evaluationTable(r.json.items)}</section>`;
}

async function tasks() {
  const r = await api('GET', 'tasks');
  view().innerHTML = `<h1>${t('tasks')}</h1><section class="card">${taskTable(r.json.items)}</section>`;
}

function evaluationTable(items) {
  if (!items.length) return `<p class="muted">${t('noItems')}</p>`;
  return `<table class="data" id="evaluation-list"><thead><tr><th>${t('title')}</th><th>${t('subject')}</th><th>${t('agency')}</th>
    <th>${t('status')}</th><th class="num">${t('score')}</th><th>${t('grade')}</th><th>${t('dueDate')}</th></tr></thead><tbody>
    ${items.map(e => `<tr data-id="${e.id}"><td><a href="#/evaluation/${e.id}">${esc(e.title)}</a></td><td>${esc(e.subject.name)}</td>
      <td>${esc(e.agency.name)}</td><td>${statusBadge(e.status)}${e.overdue ? ` <span class="flag overdue">${t('overdue')}</span>` : ''}</td>
      <td class="num score">${num(e.total)}</td><td class="grade">${esc(e.grade || '—')}</td><td>${esc(e.dueDate)}</td></tr>`).join('')}
    </tbody></table>`;
}

function taskTable(items) {
  if (!items.length) return `<p class="muted">${t('noTasks')}</p>`;
  return `<table class="data" id="task-list"><thead><tr><th>${t('tasks')}</th><th>${t('evaluations')}</th><th>${t('dueDate')}</th><th></th></tr></thead><tbody>
    ${items.map(k => `<tr data-key="${k.key}"><td>${esc(k.name)}</td><td>${esc(k.evaluationTitle)}</td><td>${esc((k.dueDate || '').slice(0, 10))}</td>
      <td><a class="button" href="#/task/${k.id}" data-task-key="${k.key}">${t('open')}</a></td></tr>`).join('')}</tbody></table>`;
}

async function notifications() {
  const r = await api('GET', 'notifications');
  view().innerHTML = `<h1>${t('notifications')}</h1><section class="card">${r.json.items.length ? `<ul class="notes" id="notification-list">
    ${r.json.items.map(n => `<li class="${n.read ? 'read' : ''} kind-${n.kind}"><span class="time">${esc(n.createdAt.slice(0, 16).replace('T', ' '))}</span>
      ${esc(n.message)} ${n.evaluationId ? `<a href="#/evaluation/${n.evaluationId}">${t('open')}</a>` : ''}</li>`).join('')}</ul>`
    : `<p class="muted">${t('noItems')}</p>`}</section>`;
  await Promise.all(r.json.items.filter(n => !n.read).map(n => api('POST', `notifications/${n.id}/read`)));
}

// ------------------------------------------------------------------ one evaluation

async function evaluation(id) {
  const r = await api('GET', 'evaluations/' + id);
  if (!r.ok) { view().innerHTML = `<p class="form-error">${esc(r.json.message)}</p>`; return; }
  const e = r.json;
  const res = e.result;
  view().innerHTML = `<h1>${esc(e.title)}</h1>
    <div class="summary-bar">${statusBadge(e.status)} ${e.overdue ? `<span class="flag overdue">${t('overdue')}</span>` : ''}
      <span>${t('total')} <strong id="evaluation-total">${num(e.total)}</strong></span>
      <span>${t('grade')} <strong id="evaluation-grade">${esc(e.grade || '—')}</strong></span>
      <span>${t('subject')}：${esc(e.subject.name)}</span><span>${t('agency')}：${esc(e.agency.name)}</span><span>${t('bureau')}：${esc(e.bureau.name)}</span></div>
    <div class="grid-side">
      <section class="card"><h2>${t('openTasks')}</h2>${e.openTasks.length ? `<ul>${e.openTasks.map(k =>
        `<li>${esc(k.name)} <a href="#/task/${k.id}" data-task-key="${k.key}">${t('open')}</a></li>`).join('')}</ul>` : `<p class="muted">—</p>`}
        <h2>${t('downloads')}</h2><p class="downloads"><a href="api/evaluations/${e.id}/report/docx">${t('word')}</a>
        <a href="api/evaluations/${e.id}/report/pdf">${t('pdf')}</a><a href="api/evaluations/${e.id}/tables">${t('excel')}</a></p></section>
      <section class="card"><h2>${t('diagram')}</h2><div class="diagram"><img id="diagram" alt="${t('diagram')}" src="api/evaluations/${e.id}/diagram?v=${e.version}"></div></section>
    </div>
    ${res ? `<section class="card"><h2>${t('score')}</h2>${resultTable(res)}</section>` : ''}
    ${e.findings.length ? `<section class="card"><h2>${t('findings')}</h2><ol id="findings">${e.findings.map(f =>
      `<li><strong>${esc(f.title)}</strong> ${esc(f.evidence || '')}</li>`).join('')}</ol>
      <h2>${t('recommendations')}</h2><ol>${e.recommendations.map(x => `<li>${esc(x.title)}</li>`).join('')}</ol></section>` : ''}
    ${e.rectifications.length ? `<section class="card"><h2>${t('rectifications')}</h2><table class="data" id="rectifications"><thead><tr>
      <th>#</th><th>${t('recommendations')}</th><th>${t('status')}</th><th>${t('dueDate')}</th><th>${t('overdue')}</th></tr></thead><tbody>
      ${e.rectifications.map(x => `<tr><td>${x.seq}</td><td>${esc(x.title)}</td><td>${esc(x.statusLabel)}</td><td>${esc(x.dueAt.slice(0, 10))}</td>
        <td>${x.overdue ? `<span class="flag overdue">${t('overdue')}</span>` : '—'}</td></tr>`).join('')}</tbody></table></section>` : ''}
    ${e.budgetAdvice ? `<section class="card"><h2>${t('advice')}</h2><p id="advice">${esc(e.budgetAdvice.text)}（${e.budgetAdvice.budgetYear}）</p></section>` : ''}
    <section class="card"><h2>${t('history')}</h2><table class="data small"><tbody>${e.history.map(h =>
      `<tr><td>${esc(h.at.slice(0, 19).replace('T', ' '))}</td><td>${esc(h.actor)}</td><td>${esc(LANG === 'en' ? h.action : (ACTION_LABEL[h.action] || h.action))}</td><td>${esc(h.detail || '')}</td></tr>`).join('')}
    </tbody></table></section>`;
}

function resultTable(res) {
  return `<p class="total-line">${t('total')} <strong class="result-total">${num(res.total)}</strong> · ${t('grade')}
    <strong class="result-grade">${esc(res.grade)}</strong> · ${Object.entries(res.ratios).map(([k, v]) => `${ratioLabel(k)} ${v}%`).join(' · ')}</p>
    <table class="data small result"><thead><tr><th>${t('indicator')}</th><th class="num">${t('weight')}</th><th class="num">${t('score')}</th>
    <th>${t('explanation')}</th></tr></thead><tbody>${res.indicators.map(i => `<tr><td>${esc(i.path.join(' / '))}</td>
    <td class="num">${num(i.weight)}</td><td class="num">${num(i.score)}</td><td>${esc(i.explanation)}</td></tr>`).join('')}</tbody></table>`;
}

function ratioLabel(k) {
  return { budgetExecutionRate: '预算执行率', budgetAdjustmentRate: '预算调整率', procurementExecutionRate: '政府采购执行率',
    carryOverRate: '结转结余率', threePublicControlRate: '三公经费控制率' }[k] || k;
}

// ------------------------------------------------------------------ commission

async function commission() {
  view().innerHTML = `<h1>${t('commission')}</h1><form class="card form" id="commission-form" novalidate>
    ${field('title', t('title'), `<input id="f-title" data-path="title" value="">`)}
    ${field('year', t('year'), `<input id="f-year" data-path="year" type="number" value="${new Date().getFullYear() - 1}">`)}
    ${field('kind', t('kind'), `<select id="f-kind" data-path="kind"><option value="DEPARTMENT">部门整体支出</option><option value="PROJECT">项目支出</option></select>`)}
    ${field('subject', t('subject'), `<input id="f-subject" data-path="subject.name" value="新能源汽车园事业服务中心">`)}
    ${field('agency', t('agency'), `<input id="f-agency" data-path="agency.name" value="山西天正会计师事务所">`)}
    ${field('dueDate', t('dueDate'), `<input id="f-dueDate" data-path="dueDate" type="date">`)}
    <div class="form-error" role="alert"></div><button class="primary" type="submit">${t('submit')}</button></form>`;
  const form = document.getElementById('commission-form');
  form.onsubmit = async ev => {
    ev.preventDefault();
    const v = id => document.getElementById(id).value;
    const r = await api('POST', 'evaluations', { title: v('f-title'), year: Number(v('f-year')), kind: v('f-kind'),
      subject: { name: v('f-subject') }, agency: { name: v('f-agency') }, dueDate: v('f-dueDate') });
    if (r.ok) location.hash = '#/evaluation/' + r.json.id; else showErrors(form, r.json);
  };
}

function field(id, label, control) {
  return `<div class="field"><label for="f-${id}">${esc(label)}</label>${control}</div>`;
}

// ------------------------------------------------------------------ tasks

async function task(id) {
  const list = await api('GET', 'tasks');
  const k = list.json.items.find(x => x.id === id);
  if (!k) { view().innerHTML = `<p class="form-error">任务不存在或已完成</p>`; return; }
  const e = (await api('GET', 'evaluations/' + k.evaluationId)).json;
  const forms = { accept: acceptForm, setTargets: targetsForm, submitData: fundsForm, collectData: actualsForm, score: scoreForm,
    draftReport: draftForm, exchangeViews: viewsForm, review: reviewForm, rectificationPlan: planForm,
    rectificationEvidence: evidenceForm, verifyRectification: verifyForm };
  view().innerHTML = `<h1>${esc(k.name)}</h1><p class="muted"><a href="#/evaluation/${e.id}">${esc(e.title)}</a> · ${statusBadge(e.status)}</p>
    <form class="card form" id="task-form" data-key="${k.key}" novalidate></form>`;
  const form = document.getElementById('task-form');
  const payload = await forms[k.key](form, e, k);
  form.insertAdjacentHTML('beforeend', `<div class="form-error" role="alert"></div><button class="primary" type="submit" id="task-submit">${t('submit')}</button>`);
  form.onsubmit = async ev => {
    ev.preventDefault();
    const r = await api('POST', `tasks/${k.id}/complete`, payload());
    if (r.ok) location.hash = '#/evaluation/' + e.id; else showErrors(form, r.json);
  };
}

function choice(name, options) {
  return `<fieldset class="choice"><legend class="sr-only">${name}</legend>${options.map(([value, label], i) =>
    `<label><input type="radio" name="${name}" value="${value}" ${i === 0 ? 'checked' : ''}> ${esc(label)}</label>`).join('')}</fieldset>`;
}
function radio(form, name) { return form.querySelector(`input[name="${name}"]:checked`).value === 'true'; }
function textarea(id, label, path, value) {
  return `<div class="field"><label for="${id}">${esc(label)}</label><textarea id="${id}" data-path="${path}" rows="3">${esc(value || '')}</textarea></div>`;
}
function val(id) { return document.getElementById(id).value; }

function acceptForm(form) {
  form.innerHTML = choice('accepted', [['true', t('accept')], ['false', t('refuse')]]) + textarea('f-reason', t('reason'), 'reason');
  return () => ({ accepted: radio(form, 'accepted'), reason: val('f-reason') || undefined });
}

function viewsForm(form) {
  form.innerHTML = choice('agree', [['true', t('agree')], ['false', t('disagree')]]) + textarea('f-comments', t('comments'), 'comments');
  return () => ({ agree: radio(form, 'agree'), comments: val('f-comments') || undefined });
}

function reviewForm(form, e) {
  form.innerHTML = (e.result ? resultTable(e.result) : '') +
    `<p class="downloads"><a href="api/evaluations/${e.id}/report/pdf">${t('pdf')}</a></p>` +
    choice('approved', [['true', t('approve')], ['false', t('returnBack')]]) + textarea('f-comments', t('comments'), 'comments');
  return () => ({ approved: radio(form, 'approved'), comments: val('f-comments') || undefined });
}

function verifyForm(form, e) {
  form.innerHTML = `<p>${e.rectifications.filter(r => r.status === 'VERIFICATION').map(r => `${esc(r.title)}：${esc(r.summary || '')}`).join('<br>')}</p>` +
    choice('accepted', [['true', t('approve')], ['false', t('returnBack')]]) + textarea('f-comments', t('comments'), 'comments');
  return () => ({ accepted: radio(form, 'accepted'), comments: val('f-comments') || undefined });
}

function planForm(form) {
  form.innerHTML = textarea('f-measures', t('measures'), 'measures') +
    `<div class="field"><label for="f-due">${t('dueDate')}</label><input id="f-due" type="date" data-path="dueDate"></div>`;
  return () => ({ measures: val('f-measures'), dueDate: val('f-due') || undefined });
}

function evidenceForm(form) {
  form.innerHTML = textarea('f-summary', t('summary'), 'summary') + textarea('f-evidence', t('evidence'), 'evidence');
  return () => ({ summary: val('f-summary'), evidence: val('f-evidence').split('\n').map(s => s.trim()).filter(Boolean) });
}

function fundsForm(form, e) {
  const f = e.funds || {};
  form.innerHTML = `<div class="fields-grid">${FUND_FIELDS.map(([k, label]) => `<div class="field"><label for="f-${k}">${label}（万元）</label>
    <input id="f-${k}" data-path="funds.${k}" inputmode="decimal" value="${f[k] == null ? '' : f[k]}"></div>`).join('')}</div>` +
    textarea('f-evidence', t('evidence'), 'evidence', (e.evidence || []).map(x => x.name).join('\n'));
  return () => {
    const funds = {};
    FUND_FIELDS.forEach(([k]) => { const v = val('f-' + k).trim(); if (v !== '') funds[k] = isNaN(Number(v)) ? v : Number(v); });
    return { funds, evidence: val('f-evidence').split('\n').map(s => s.trim()).filter(Boolean) };
  };
}

function actualsForm(form, e) {
  const rows = e.indicators.map((ind, i) => ind.formula ? '' : `<tr><td>${esc(ind.path.join(' / '))}</td><td>${esc(ind.target || '')}</td>
    <td><label class="sr-only" for="a-${i}">${t('actual')}</label><input id="a-${i}" data-path="actuals[${i}].actual" value="${esc(ind.actual == null ? '' : ind.actual)}"></td></tr>`).join('');
  const c = e.checklist || {};
  form.innerHTML = `<table class="data small"><thead><tr><th>${t('indicator')}</th><th>${t('target')}</th><th>${t('actual')}</th></tr></thead>
    <tbody>${rows}</tbody></table>
    <label class="check"><input type="checkbox" id="c-group" ${c.performanceLeadingGroup ? 'checked' : ''}> ${t('checklistGroup')}</label>
    <label class="check"><input type="checkbox" id="c-rules" ${c.performanceRules ? 'checked' : ''}> ${t('checklistRules')}</label>`;
  return () => {
    const actuals = [];
    e.indicators.forEach((ind, i) => { const el = document.getElementById('a-' + i); if (el && el.value.trim()) actuals.push({ path: ind.path, actual: el.value.trim() }); });
    // error paths name the n-th actual sent: point the inputs at them
    let n = 0;
    e.indicators.forEach((ind, i) => { const el = document.getElementById('a-' + i); if (el) el.dataset.path = el.value.trim() ? `actuals[${n++}].actual` : ''; });
    return { actuals, checklist: { performanceLeadingGroup: document.getElementById('c-group').checked,
      performanceRules: document.getElementById('c-rules').checked } };
  };
}

// Target setting: start from a library template, edit the three-level tree, weights total shown live.
async function targetsForm(form, e) {
  const lib = (await api('GET', 'indicator-library')).json.items;
  form.innerHTML = `<div class="field inline"><label for="f-template">${t('template')}</label><select id="f-template">
      <option value="">—</option>${lib.map(x => `<option value="${x.code}">${esc(x.name)}</option>`).join('')}</select></div>
    <table class="data small editable" id="targets"><thead><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th class="num">${t('weight')}</th>
      <th>${t('target')}</th><th>${t('formula')}</th><th></th></tr></thead><tbody></tbody></table>
    <p><button type="button" id="add-row">${t('addRow')}</button> <span class="weights-total">${t('weightsTotal')}：<strong id="weights-total">0</strong> / 100</span></p>
    <div class="weights-error" data-path="indicators"></div>`;
  const body = form.querySelector('#targets tbody');
  const rows = () => [...body.querySelectorAll('tr')];
  const total = () => {
    const sum = rows().reduce((s, tr) => s + (Number(tr.querySelector('.w').value) || 0), 0);
    const el = document.getElementById('weights-total');
    el.textContent = Math.round(sum * 1000) / 1000;
    el.className = Math.abs(sum - 100) < 0.005 ? 'ok' : 'bad';
  };
  const addRow = (ind = { path: ['', '', ''], weight: '', target: '' }) => {
    const i = body.children.length;
    const tr = document.createElement('tr');
    tr.dataset.tiers = ind.tiers ? JSON.stringify(ind.tiers) : '';
    tr.innerHTML = [0, 1, 2].map(l => `<td><input aria-label="${['一级指标', '二级指标', '三级指标'][l]}" class="p${l}" value="${esc(ind.path[l] || '')}"></td>`).join('') +
      `<td><input aria-label="${t('weight')}" class="w num" inputmode="decimal" value="${esc(ind.weight)}"></td>
       <td><input aria-label="${t('target')}" class="tg" value="${esc(ind.target || '')}"></td>
       <td><select aria-label="${t('formula')}" class="fm">${FORMULAS.map(([v, l]) => `<option value="${v}" ${v === (ind.formula || '') ? 'selected' : ''}>${l}</option>`).join('')}</select></td>
       <td><button type="button" class="link rm">${t('remove')}</button></td>`;
    tr.querySelector('.rm').onclick = () => { tr.remove(); total(); };
    tr.querySelector('.w').oninput = total;
    body.appendChild(tr);
    total();
    return i;
  };
  document.getElementById('add-row').onclick = () => addRow();
  document.getElementById('f-template').onchange = async ev => {
    if (!ev.target.value) return;
    const tpl = (await api('GET', 'indicator-library/' + ev.target.value)).json;
    body.innerHTML = '';
    tpl.indicators.forEach(addRow);
  };
  (e.indicators.length ? e.indicators : []).forEach(addRow);
  return () => ({
    indicators: rows().map((tr, i) => {
      tr.querySelector('.p0').dataset.path = `indicators[${i}].path`;
      tr.querySelector('.w').dataset.path = `indicators[${i}].weight`;
      tr.querySelector('.tg').dataset.path = `indicators[${i}].target`;
      tr.querySelector('.fm').dataset.path = `indicators[${i}].formula`;
      const path = ['.p0', '.p1', '.p2'].map(c => tr.querySelector(c).value.trim()).filter(Boolean);
      const w = tr.querySelector('.w').value.trim();
      const ind = { path, weight: w === '' || isNaN(Number(w)) ? w : Number(w) };
      if (tr.querySelector('.tg').value.trim()) ind.target = tr.querySelector('.tg').value.trim();
      if (tr.querySelector('.fm').value) ind.formula = tr.querySelector('.fm').value;
      if (tr.dataset.tiers) ind.tiers = JSON.parse(tr.dataset.tiers);
      return ind;
    })
  });
}

// Scoring: levels, scores and reasons, with the live preview of the scoring API as values are entered.
function scoreForm(form, e) {
  // the evaluator judges what no formula or number decides: qualitative targets, and targets without an actual value
  const judged = ind => !ind.formula && (!/\d/.test(ind.target || '') || ind.actual == null || ind.actual === '');
  form.innerHTML = `<p class="total-line">${t('preview')}：${t('total')} <strong id="preview-total">—</strong> · ${t('grade')} <strong id="preview-grade">—</strong></p>
    <table class="data small" id="score-table"><thead><tr><th>${t('indicator')}</th><th class="num">${t('weight')}</th><th>${t('target')}</th>
    <th>${t('actual')}</th><th>${t('level')}</th><th>${t('score')}</th><th>${t('reason')}</th><th class="num">${t('preview')}</th><th>${t('explanation')}</th></tr></thead>
    <tbody>${e.indicators.map((ind, i) => `<tr data-i="${i}"><td>${esc(ind.path.join(' / '))}</td><td class="num">${num(ind.weight)}</td>
      <td>${esc(ind.target || (ind.formula ? '按公式计算' : ''))}</td><td>${esc(ind.actual == null ? '' : ind.actual)}</td>
      <td>${judged(ind) ? `<select aria-label="${t('level')}" class="lv" data-path="scores[${i}].level"><option value="">—</option>
        <option value="ACHIEVED">${t('achieved')}</option><option value="PARTLY">${t('partly')}</option><option value="NOT_ACHIEVED">${t('notAchieved')}</option></select>`
        : `<span class="muted">${t('computed')}</span>`}</td>
      <td>${judged(ind) ? `<input aria-label="${t('score')}" class="sc num" inputmode="decimal" data-path="scores[${i}].score">` : ''}</td>
      <td>${judged(ind) ? `<input aria-label="${t('reason')}" class="rs" data-path="scores[${i}].reason">` : ''}</td>
      <td class="num pv"></td><td class="ex small"></td></tr>`).join('')}</tbody></table>`;
  e.indicators.forEach((ind, i) => {
    const tr = form.querySelector(`tr[data-i="${i}"]`);
    if (ind.level && tr.querySelector('.lv')) tr.querySelector('.lv').value = ind.level;
    if (ind.score != null && tr.querySelector('.sc')) tr.querySelector('.sc').value = ind.score;
    if (ind.reason && tr.querySelector('.rs')) tr.querySelector('.rs').value = ind.reason;
  });
  const judgments = () => {
    const scores = [];
    form.querySelectorAll('#score-table tbody tr').forEach(tr => {
      const i = Number(tr.dataset.i);
      const lv = tr.querySelector('.lv');
      if (!lv || !lv.value) return;
      const s = { path: e.indicators[i].path, level: lv.value };
      const sc = tr.querySelector('.sc').value.trim();
      if (sc !== '') s.score = isNaN(Number(sc)) ? sc : Number(sc);
      const rs = tr.querySelector('.rs').value.trim();
      if (rs) s.reason = rs;
      const n = scores.length;
      ['lv', 'sc', 'rs'].forEach((c, j) => { tr.querySelector('.' + c).dataset.path = `scores[${n}].${['level', 'score', 'reason'][j]}`; });
      scores.push(s);
    });
    return scores;
  };
  let timer = null;
  const preview = async () => {
    const byPath = new Map(judgments().map(s => [JSON.stringify(s.path), s]));
    const sheet = { funds: e.funds || undefined, checklist: e.checklist || undefined, indicators: e.indicators.map(ind => {
      const s = byPath.get(JSON.stringify(ind.path));
      const copy = Object.assign({}, ind);
      delete copy.level; delete copy.score; delete copy.reason;
      return s ? Object.assign(copy, { level: s.level, score: s.score, reason: s.reason }) : copy;
    }) };
    const r = await api('POST', 'scoring/preview', sheet).catch(() => null);
    if (!r || !form.isConnected) return; // the user has left the scoring page
    form.querySelectorAll('.pv, .ex').forEach(el => { el.textContent = ''; });
    if (r.ok) {
      document.getElementById('preview-total').textContent = num(r.json.total);
      document.getElementById('preview-grade').textContent = r.json.grade;
      r.json.indicators.forEach((res, i) => {
        const tr = form.querySelector(`tr[data-i="${i}"]`);
        tr.querySelector('.pv').textContent = num(res.score);
        tr.querySelector('.ex').textContent = res.explanation;
      });
    } else {
      document.getElementById('preview-total').textContent = '—';
      document.getElementById('preview-grade').textContent = '—';
      (r.json.details || []).forEach(d => {
        const m = /^indicators\[(\d+)\]/.exec(d.path);
        if (m) form.querySelector(`tr[data-i="${m[1]}"] .ex`).textContent = d.message;
      });
    }
  };
  form.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(preview, 300); });
  form.addEventListener('change', () => { clearTimeout(timer); timer = setTimeout(preview, 100); });
  preview();
  return () => ({ scores: judgments() });
}

function draftForm(form, e) {
  const s = {};
  form.innerHTML = `<h2>${t('findings')}</h2><div id="finding-list">${e.findings.map((f, i) =>
      textarea('fd-' + i, `${i + 1}. ${f.title}`, `findings[${i}].title`, f.title)).join('')}</div>
    <h2>${t('recommendations')}</h2><div id="recommendation-list">${e.recommendations.map((r, i) =>
      textarea('rc-' + i, `${i + 1}.`, `recommendations[${i}].title`, r.title)).join('')}</div>
    <h2>${t('sections')}</h2>${textarea('sec-abstract', t('abstract'), 'sections.abstract', s.abstract)}
    ${textarea('sec-overview', t('overview'), 'sections.overview')}${textarea('sec-experience', t('experience'), 'sections.experience')}`;
  return () => {
    const sections = {};
    ['abstract', 'overview', 'experience'].forEach(k => { const v = val('sec-' + k).trim(); if (v) sections[k] = v; });
    return {
      findings: e.findings.map((f, i) => Object.assign({}, f, { title: val('fd-' + i).trim() })).filter(f => f.title),
      recommendations: e.recommendations.map((r, i) => Object.assign({}, r, { title: val('rc-' + i).trim() })).filter(r => r.title),
      sections
    };
  };
}

// ------------------------------------------------------------------ dashboard (ECharts)

async function dashboard() {
  const year = new Date().getFullYear() + 1;
  const [evals, rects, advice] = await Promise.all([api('GET', 'evaluations'), api('GET', 'rectifications'), api('GET', 'budget-advice?year=' + year)]);
  view().innerHTML = `<h1>${t('dashboard')}</h1><div class="grid2">
    <section class="card"><h2>${t('gradeDist')}</h2><div class="chart" id="chart-grades"></div></section>
    <section class="card"><h2>${t('scoresByDept')}</h2><div class="chart" id="chart-scores"></div></section>
    <section class="card"><h2>${t('rectStatus')}</h2><div class="chart" id="chart-rect"></div></section>
    <section class="card"><h2>${t('advice')} · ${t('budgetYear')} ${year}</h2><div id="advice-table">${advice.json.items.length
      ? `<table class="data small"><tbody>${advice.json.items.map(e => `<tr><td>${esc(e.subject.name)}</td><td>${esc(e.grade)}</td><td>${esc(e.budgetAdvice.text)}</td></tr>`).join('')}</tbody></table>`
      : `<p class="muted">${t('noItems')}</p>`}</div></section></div>`;
  const scored = evals.json.items.filter(e => e.grade);
  const grades = ['优', '良', '中', '差'].map(g => ({ name: g, value: scored.filter(e => e.grade === g).length }));
  const chart = (id, option) => echarts.init(document.getElementById(id)).setOption(Object.assign({ textStyle: { fontFamily: 'sans-serif' } }, option));
  chart('chart-grades', { tooltip: {}, series: [{ type: 'pie', radius: ['40%', '70%'], data: grades, label: { formatter: '{b} {c}' } }] });
  // one bar per evaluated year, so that a unit's years stand side by side instead of being mixed
  const depts = [...new Set(scored.map(e => e.subject.name))];
  const years = [...new Set(scored.map(e => e.year))].sort();
  const scoreOf = (d, y) => { const hit = scored.filter(e => e.subject.name === d && e.year === y).map(e => Number(e.total)); return hit.length ? Math.max(...hit) : null; };
  chart('chart-scores', { tooltip: {}, legend: { top: 0 }, grid: { left: 40, right: 10, top: 30, bottom: 60 },
    xAxis: { type: 'category', data: depts, axisLabel: { interval: 0, rotate: 20 } }, yAxis: { type: 'value', min: 0, max: 100 },
    series: years.map(y => ({ name: y + '年度', type: 'bar', data: depts.map(d => scoreOf(d, y)), label: { show: true, position: 'top' } })) });
  const items = rects.json.items;
  const counts = [['进行中', items.filter(r => r.status !== 'ACCEPTED' && !r.overdue).length],
    ['逾期', items.filter(r => r.status !== 'ACCEPTED' && r.overdue).length], ['已验收', items.filter(r => r.status === 'ACCEPTED').length]];
  chart('chart-rect', { tooltip: {}, grid: { left: 40, right: 10, bottom: 30 }, xAxis: { type: 'category', data: counts.map(c => c[0]) },
    yAxis: { type: 'value', minInterval: 1 }, series: [{ type: 'bar', data: counts.map(c => c[1]), itemStyle: { color: '#3b6ea5' } }] });
}

start();
