// The evaluator's draft: the answers to the comments on the last draft, the problems and recommendations
// (each a heading and its paragraph, drafted from the rules' templates) to keep or edit, and the report's
// sections. What must still be written before the draft can be submitted is listed and kept up to date.
import { esc, textarea, val } from '../../dom.js';
import { t } from '../../i18n.js';
import { answerTable, answers, fillAnswers } from '../comments.js';

const SECTIONS = ['abstract', 'overview', 'experience'];

/** A section's label: a project's overview is its 项目概况. */
function sectionLabel(e, k) {
  return t(k === 'overview' && e.kind === 'PROJECT' ? 'projectOverview' : k);
}

/** The required parts still empty, by the same rule as the server's (sections, at least one problem and one recommendation). */
function gaps(form, e) {
  const missing = SECTIONS.filter(k => !val('sec-' + k).trim()).map(k => sectionLabel(e, k));
  if (!e.findings.some((f, i) => val('fd-' + i).trim())) missing.push(t('findings'));
  if (!e.recommendations.some((r, i) => val('rc-' + i).trim())) missing.push(t('recommendations'));
  return missing;
}

function showGaps(form, e) {
  const box = form.querySelector('#report-gaps');
  const missing = gaps(form, e);
  box.classList.toggle('complete', !missing.length);
  box.innerHTML = missing.length
    ? `<p>${esc(t('reportGaps'))}</p><ul>${missing.map(m => `<li>${esc(m)}</li>`).join('')}</ul>`
    : `<p>${esc(t('reportComplete'))}</p>`;
}

export function draftForm(form, e) {
  const s = e.sections || {};
  const comments = e.comments || [];
  form.innerHTML = `<div class="notice-box card" id="report-gaps" role="status" aria-live="polite"></div>` +
    (comments.length ? `<h2>${esc(t('answerComments'))}</h2>${answerTable(comments)}` : '') +
    `<h2>${esc(t('findings'))}</h2><div id="finding-list">${e.findings.map((f, i) =>
      textarea('fd-' + i, `${i + 1}. ${f.title}`, `findings[${i}].title`, f.title) +
      textarea('fdt-' + i, t('findingText'), `findings[${i}].evidence`, f.evidence)).join('')}</div>
    <h2>${esc(t('recommendations'))}</h2><div id="recommendation-list">${e.recommendations.map((r, i) =>
      textarea('rc-' + i, `${i + 1}.`, `recommendations[${i}].title`, r.title) +
      textarea('rct-' + i, t('recommendationText'), `recommendations[${i}].text`, r.text)).join('')}</div>
    <h2>${esc(t('sections'))}</h2>${SECTIONS.map(k => textarea('sec-' + k, sectionLabel(e, k), 'sections.' + k, s[k])).join('')}`;
  // paragraphs get room to be read whole
  form.querySelectorAll('[id^=fdt-], [id^=rct-], #sec-overview, #sec-experience').forEach(a => { a.rows = 6; });
  fillAnswers(comments);
  showGaps(form, e);
  form.addEventListener('input', () => showGaps(form, e));
  return () => {
    // a section cleared here is sent empty, so that the server names it rather than keeping the old text
    const sections = {};
    SECTIONS.forEach(k => { sections[k] = val('sec-' + k).trim(); });
    const text = id => val(id).trim() || null;
    const payload = {
      findings: e.findings.map((f, i) => ({ code: f.code, title: val('fd-' + i).trim(), evidence: text('fdt-' + i) }))
        .filter(f => f.title),
      recommendations: e.recommendations.map((r, i) => ({ code: r.code, title: val('rc-' + i).trim(), text: text('rct-' + i) }))
        .filter(r => r.title),
      sections
    };
    if (comments.length) payload.responses = answers(comments);
    return payload;
  };
}
