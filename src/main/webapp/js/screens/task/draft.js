// The evaluator's draft: the answers to the comments on the last draft, findings and recommendations to
// keep or edit, and the report's sections.
import { esc, textarea, val } from '../../dom.js';
import { t } from '../../i18n.js';
import { answerTable, answers, fillAnswers } from '../comments.js';

const SECTIONS = ['abstract', 'overview', 'experience'];

export function draftForm(form, e) {
  const s = e.sections || {};
  const comments = e.comments || [];
  form.innerHTML = (comments.length ? `<h2>${esc(t('answerComments'))}</h2>${answerTable(comments)}` : '') +
    `<h2>${esc(t('findings'))}</h2><div id="finding-list">${e.findings.map((f, i) =>
      textarea('fd-' + i, `${i + 1}. ${f.title}`, `findings[${i}].title`, f.title)).join('')}</div>
    <h2>${esc(t('recommendations'))}</h2><div id="recommendation-list">${e.recommendations.map((r, i) =>
      textarea('rc-' + i, `${i + 1}.`, `recommendations[${i}].title`, r.title)).join('')}</div>
    <h2>${esc(t('sections'))}</h2>${SECTIONS.map(k => textarea('sec-' + k, t(k), 'sections.' + k, s[k])).join('')}`;
  fillAnswers(comments);
  return () => {
    const sections = {};
    SECTIONS.forEach(k => { const v = val('sec-' + k).trim(); if (v) sections[k] = v; });
    const payload = {
      findings: e.findings.map((f, i) => Object.assign({}, f, { title: val('fd-' + i).trim() })).filter(f => f.title),
      recommendations: e.recommendations.map((r, i) => Object.assign({}, r, { title: val('rc-' + i).trim() })).filter(r => r.title),
      sections
    };
    if (comments.length) payload.responses = answers(comments);
    return payload;
  };
}
