// The comment matrix (意见采纳情况): every comment of the exchange of views and of the bureau's review,
// with the evaluator's answer; read-only for the evaluation page and the reviews, answerable in the draft.
import { esc } from '../dom.js';
import { t } from '../i18n.js';
import { entries, label } from '../labels.js';

/** The matrix as a table; an open comment is flagged. */
export function commentTable(comments) {
  const tx = key => esc(t(key));
  const open = `<span class="flag overdue">${tx('commentOpen')}</span>`;
  return `<table class="data small" id="comment-matrix"><thead><tr><th class="num">${tx('commentNo')}</th><th>${tx('commentSource')}</th>
    <th class="num">${tx('commentRound')}</th><th>${tx('commentText')}</th><th>${tx('commentAuthor')}</th><th>${tx('commentResponse')}</th>
    <th>${tx('commentExplanation')}</th><th>${tx('commentResolution')}</th></tr></thead><tbody>${comments.map(c => `<tr data-comment="${esc(c.id)}">
      <td class="num">${esc(c.id)}</td><td>${esc(label('commentSources', c.source))}</td><td class="num">${esc(c.round)}</td>
      <td class="pre">${esc(c.text)}</td><td>${esc(c.author)}<br><span class="muted">${esc(c.at.slice(0, 16).replace('T', ' '))}</span></td>
      <td class="response">${c.response ? esc(label('commentResponses', c.response)) : open}</td>
      <td class="pre">${esc(c.explanation || '')}</td><td class="pre">${esc(c.resolution || '')}</td></tr>`).join('')}</tbody></table>`;
}

/**
 * The evaluator's answers, one row per comment (answered ones prefilled, to keep or revise). Every row is
 * sent, so an unanswered one is marked at its own field by the API's error.
 */
export function answerTable(comments) {
  const tx = key => esc(t(key));
  const options = entries('commentResponses').map(([code, word]) => `<option value="${esc(code)}">${esc(word)}</option>`).join('');
  return `<p class="muted">${tx('answerHint')}</p>
    <table class="data small editable" id="comment-answers" data-path="responses"><thead><tr><th class="num">${tx('commentNo')}</th>
    <th>${tx('commentText')}</th><th>${tx('commentResponse')}</th><th>${tx('commentExplanation')}</th><th>${tx('commentResolution')}</th></tr></thead>
    <tbody>${comments.map((c, i) => `<tr data-comment="${esc(c.id)}"><td class="num">${esc(c.id)}</td>
      <td class="pre">${esc(c.text)}<br><span class="muted">${esc(label('commentSources', c.source))}</span></td>
      <td><label class="sr-only" for="cr-${i}">${tx('commentResponse')} ${esc(c.id)}</label>
        <select id="cr-${i}" data-path="responses[${i}].response"><option value="">—</option>${options}</select></td>
      <td><label class="sr-only" for="ce-${i}">${tx('commentExplanation')} ${esc(c.id)}</label>
        <textarea id="ce-${i}" rows="2" data-path="responses[${i}].explanation">${esc(c.explanation || '')}</textarea></td>
      <td><label class="sr-only" for="cs-${i}">${tx('commentResolution')} ${esc(c.id)}</label>
        <textarea id="cs-${i}" rows="2" data-path="responses[${i}].resolution">${esc(c.resolution || '')}</textarea></td></tr>`).join('')}</tbody></table>`;
}

/** Selects the answers already given; call once the table is in the page. */
export function fillAnswers(comments) {
  comments.forEach((c, i) => { if (c.response) document.getElementById('cr-' + i).value = c.response; });
}

/** The payload's responses: [{commentId, response, explanation?, resolution?}], one per comment, in order. */
export function answers(comments) {
  return comments.map((c, i) => {
    const a = { commentId: c.id };
    const response = document.getElementById('cr-' + i).value;
    if (response) a.response = response;
    const explanation = document.getElementById('ce-' + i).value.trim();
    if (explanation) a.explanation = explanation;
    const resolution = document.getElementById('cs-' + i).value.trim();
    if (resolution) a.resolution = resolution;
    return a;
  });
}
