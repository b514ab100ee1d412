// What a checked batch gives the bureau: the dashboard (ECharts, loaded by app.html as a classic
// script: deviations, flags, departments ranked, execution rate against the self-assessed total), the
// downloads (复核底稿 workbook, 复核报告 Word and PDF) and the budget advice per reviewed form. A panel
// whose endpoint the server does not have (404) stays hidden.
import { api, fetchFile } from '../../api.js';
import { esc } from '../../dom.js';
import { t } from '../../i18n.js';
import { label } from '../../labels.js';
import { batchPath, figure, formHref, problem } from './common.js';

const DOWNLOADS = [['workpapers', 'seWorkpapers'], ['report?format=docx', 'seReportWord'], ['report?format=pdf', 'seReportPdf']];
/** Departments shown in the ranking chart. */
const RANKED = 15;
/** Budget advice a page. */
const ADVICE_PAGE = 50;

export async function outputPanels(host, ctx) {
  const b = ctx.batch;
  if (b.status === 'OPEN' || b.status === 'CHECKING') return;
  const tx = key => esc(t(key));
  host.innerHTML = `<section class="card" id="se-downloads" hidden><h2>${tx('downloads')}</h2>
      <p class="downloads">${DOWNLOADS.map(([path, key]) => `<a href="api/${esc(batchPath(b.id, '/' + path))}" data-download="${esc(path)}">${tx(key)}</a>`).join('')}</p>
      <div class="form-error" id="download-error" role="alert"></div></section>
    <section class="card" id="se-dashboard" hidden><h2>${tx('seDashboard')}</h2><div class="grid2 charts">
      <div><h3>${tx('seDeviationChart')}</h3><div class="chart" id="chart-deviation"></div></div>
      <div><h3>${tx('seFlagChart')}</h3><div class="chart" id="chart-flags"></div></div>
      <div><h3>${tx('seDepartmentChart')}</h3><div class="chart" id="chart-departments"></div></div>
      <div><h3>${tx('seScatterChart')}</h3><div class="chart" id="chart-scatter"></div></div></div></section>
    <section class="card" id="se-advice" hidden><h2>${tx('advice')}</h2><div id="se-advice-body"></div></section>`;
  const [dashboard, advice] = await Promise.all([api('GET', batchPath(b.id, '/dashboard')),
    api('GET', batchPath(b.id, `/budget-advice?page=0&size=${ADVICE_PAGE}`))]);
  if (!host.isConnected) return;
  // the downloads come with the dashboard (the same part of the server)
  if (dashboard.status !== 404) {
    document.getElementById('se-downloads').hidden = false;
    wireDownloads(document.getElementById('se-downloads'));
    const section = document.getElementById('se-dashboard');
    section.hidden = false;
    if (dashboard.ok) charts(b, dashboard.json); else section.insertAdjacentHTML('beforeend', `<p class="form-error">${esc(problem(dashboard))}</p>`);
  }
  if (advice.status !== 404) {
    document.getElementById('se-advice').hidden = false;
    showAdvice(b, advice, 0);
  }
}

/** One page of the budget advice with its pager (the API gives pages without a total: a full page has a next). */
function showAdvice(b, r, page) {
  const body = document.getElementById('se-advice-body');
  if (!body) return;
  if (!r.ok) { body.innerHTML = `<p class="muted">${esc(problem(r))}</p>`; return; }
  const items = r.json.items || [];
  const more = items.length === ADVICE_PAGE;
  body.innerHTML = adviceTable(b, items) + (page > 0 || more ? `<nav class="pager" aria-label="${esc(t('pages'))}">
    <button type="button" class="page" data-page="${page - 1}"${page > 0 ? '' : ' disabled'}>${esc(t('prevPage'))}</button>
    <button type="button" class="page" data-page="${page + 1}"${more ? '' : ' disabled'}>${esc(t('nextPage'))}</button></nav>` : '');
  body.querySelectorAll('button.page').forEach(button => {
    button.onclick = async () => {
      const to = Number(button.dataset.page);
      const next = await api('GET', batchPath(b.id, `/budget-advice?page=${to}&size=${ADVICE_PAGE}`));
      showAdvice(b, next, to);
    };
  });
}

function charts(b, d) {
  const chart = (id, option) => {
    const c = echarts.init(document.getElementById(id));
    // richText: the default HTML tooltip carries inline styles, which the page's CSP refuses
    c.setOption(Object.assign({ textStyle: { fontFamily: 'sans-serif' }, tooltip: { renderMode: 'richText' } }, option));
    return c;
  };
  const buckets = d.deviationBuckets || [];
  chart('chart-deviation', { grid: { left: 40, right: 10, top: 20, bottom: 40 },
    xAxis: { type: 'category', data: buckets.map(x => x.label), axisLabel: { interval: 0 } }, yAxis: { type: 'value', minInterval: 1 },
    series: [{ type: 'bar', data: buckets.map(x => x.forms), itemStyle: { color: '#3b6ea5' }, label: { show: true, position: 'top' } }] });
  // the most frequent flag on top; errors red, warnings amber, as the chips
  const flags = (d.flagCounts || []).slice().reverse();
  chart('chart-flags', { grid: { left: 130, right: 30, top: 10, bottom: 20 }, xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: flags.map(x => label('flags', x.code)) },
    series: [{ type: 'bar', label: { show: true, position: 'right' },
      data: flags.map(x => ({ value: x.forms, itemStyle: { color: x.severity === 'warning' ? '#e0a458' : '#b3261e' } })) }] });
  const departments = (d.departments || []).slice(0, RANKED);
  chart('chart-departments', { grid: { left: 40, right: 10, top: 30, bottom: 70 },
    xAxis: { type: 'category', data: departments.map(x => x.department), axisLabel: { interval: 0, rotate: 25 } },
    yAxis: { type: 'value', name: '%' }, series: [{ type: 'bar', data: departments.map(x => x.averageDeviation), itemStyle: { color: '#e0a458' } }] });
  const points = d.scatter || [];
  const scatter = chart('chart-scatter', { grid: { left: 45, right: 15, top: 30, bottom: 40 },
    tooltip: { renderMode: 'richText', formatter: p => t('seScatterPoint', p.value[0], p.value[1]) },
    xAxis: { type: 'value', name: t('seExecutionRate'), nameLocation: 'middle', nameGap: 25 }, yAxis: { type: 'value', name: t('sePrintedTotal') },
    series: [{ type: 'scatter', symbolSize: 7, data: points.map(p => [p.executionRate, p.printedTotal, p.formId]) }] });
  scatter.on('click', p => { if (p.value && p.value[2] != null) location.hash = formHref(b.id, p.value[2]); });
}

function adviceTable(b, items) {
  if (!items.length) return `<p class="muted">${esc(t('noItems'))}</p>`;
  const th = (key, cls = '') => `<th class="${cls}">${esc(t(key))}</th>`;
  return `<table class="data small" id="advice-list"><thead><tr>${th('seProject')}${th('seDepartment')}${th('sePrintedTotal', 'num')}${th('seReviewedTotal', 'num')}
    ${th('advice')}</tr></thead><tbody>${items.map(a => `<tr data-form-id="${esc(a.formId)}">
    <td><a href="${formHref(b.id, a.formId)}">${esc(a.project)}</a></td><td>${esc(a.department || '—')}</td>
    <td class="num">${figure(a.printedTotal)}</td><td class="num">${figure(a.reviewedTotal)}</td><td>${esc(a.text || a.advice || '')}</td></tr>`).join('')}</tbody></table>`;
}

/** The download links fetch their file and save it; a refusal is told on the page instead of replacing it. */
function wireDownloads(section) {
  const error = section.querySelector('#download-error');
  section.addEventListener('click', async ev => {
    const link = ev.target.closest('a[data-download]');
    if (!link || ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.button !== 0) return;
    ev.preventDefault();
    error.textContent = '';
    link.setAttribute('aria-busy', 'true');
    try {
      const r = await fetchFile(link.getAttribute('href').slice('api/'.length));
      if (!r.ok) { error.textContent = problem(r); return; }
      const url = URL.createObjectURL(r.blob);
      const save = document.createElement('a');
      save.href = url;
      save.download = r.name || link.textContent;
      document.body.appendChild(save);
      save.click();
      save.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
    } finally {
      link.removeAttribute('aria-busy');
    }
  });
}
