// The bureau's dashboard (ECharts, loaded by app.html as a classic script): grades, scores by unit
// and year, rectifications, and next year's budget advice.
import { api } from '../api.js';
import { esc, view } from '../dom.js';
import { t } from '../i18n.js';
import { entries, gradeLabel, label } from '../labels.js';

export async function dashboard() {
  const year = new Date().getFullYear() + 1;
  // the grade distribution is counted by the server over all evaluations; the scores chart shows the newest 500
  const [stats, evals, rects, advice] = await Promise.all([api('GET', 'evaluations/statistics'), api('GET', 'evaluations?size=500'),
    api('GET', 'rectifications'), api('GET', 'budget-advice?year=' + year)]);
  const tx = key => esc(t(key));
  view().innerHTML = `<h1>${tx('dashboard')}</h1><div class="grid2">
    <section class="card"><h2>${tx('gradeDist')}</h2><div class="chart" id="chart-grades"></div></section>
    <section class="card"><h2>${tx('scoresByDept')}</h2><div class="chart" id="chart-scores"></div></section>
    <section class="card"><h2>${tx('rectStatus')}</h2><div class="chart" id="chart-rect"></div></section>
    <section class="card"><h2>${tx('advice')} · ${tx('budgetYear')} ${year}</h2><div id="advice-table">${advice.json.items.length
      ? `<table class="data small"><tbody>${advice.json.items.map(e => `<tr><td>${esc(e.subject.name)}</td><td>${esc(gradeLabel(e.grade))}</td><td>${esc(e.budgetAdvice.text)}</td></tr>`).join('')}</tbody></table>`
      : `<p class="muted">${tx('noItems')}</p>`}</div></section></div>`;
  const scored = evals.json.items.filter(e => e.grade);
  // the grades keyed as the API gives them (优, 良, 中, 差), best first, named in the UI's language
  const grades = entries('grades').map(([g, word]) => ({ name: word, value: stats.json.grades[g] || 0 }));
  const chart = (id, option) => echarts.init(document.getElementById(id)).setOption(Object.assign({ textStyle: { fontFamily: 'sans-serif' } }, option));
  chart('chart-grades', { tooltip: {}, series: [{ type: 'pie', radius: ['40%', '70%'], data: grades, label: { formatter: '{b} {c}' } }] });
  // one bar per evaluated year, so that a unit's years stand side by side instead of being mixed
  const depts = [...new Set(scored.map(e => e.subject.name))];
  const years = [...new Set(scored.map(e => e.year))].sort();
  const scoreOf = (d, y) => { const hit = scored.filter(e => e.subject.name === d && e.year === y).map(e => Number(e.total)); return hit.length ? Math.max(...hit) : null; };
  chart('chart-scores', { tooltip: {}, legend: { top: 0 }, grid: { left: 40, right: 10, top: 30, bottom: 60 },
    xAxis: { type: 'category', data: depts, axisLabel: { interval: 0, rotate: 20 } }, yAxis: { type: 'value', min: 0, max: 100 },
    series: years.map(y => ({ name: t('yearSeries', y), type: 'bar', data: depts.map(d => scoreOf(d, y)), label: { show: true, position: 'top' } })) });
  const items = rects.json.items;
  const counts = [[t('inProgress'), items.filter(r => r.status !== 'ACCEPTED' && !r.overdue).length],
    [t('overdue'), items.filter(r => r.status !== 'ACCEPTED' && r.overdue).length],
    [label('rectificationStatuses', 'ACCEPTED'), items.filter(r => r.status === 'ACCEPTED').length]];
  chart('chart-rect', { tooltip: {}, grid: { left: 40, right: 10, bottom: 30 }, xAxis: { type: 'category', data: counts.map(c => c[0]) },
    yAxis: { type: 'value', minInterval: 1 }, series: [{ type: 'bar', data: counts.map(c => c[1]), itemStyle: { color: '#3b6ea5' } }] });
}
