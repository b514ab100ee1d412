// The on-site review's selection (抽取现场复核样本): every form with an error flag, the largest
// budgets, a random share of the rest from a seed (given, or made here, and recorded, so that the
// draw can be repeated); the recorded sampling in words. Forms are added and removed by hand
// with the checkboxes of the forms table.
import { api } from '../../api.js';
import { esc, field, num, showErrors } from '../../dom.js';
import { t } from '../../i18n.js';
import { batchPath } from './common.js';

/** The recorded sampling in words; empty before a draw. */
export function samplingText(s) {
  return s ? t('seSampling', s.selected, s.withErrors, s.largest, num(s.share), s.drawn, s.added, s.removed, s.seed) : '';
}

/**
 * A seed for a draw the bureau gave none, made here rather than by the server: below 10^12, the
 * largest seed the API takes, so that the recorded seed can be given again to repeat the draw.
 */
function newSeed() {
  const r = new Uint32Array(2);
  crypto.getRandomValues(r);
  return (r[0] % 1e6) * 1e6 + (r[1] % 1e6);
}

export function selectionPanel(host, ctx) {
  const s = ctx.batch.sampling;
  const tx = key => esc(t(key));
  host.innerHTML = `<h2>${tx('seSelection')}</h2><p class="muted small">${tx('seSelectionHint')}</p>
    <form class="form" id="selection-form" novalidate><div class="fields-grid">
      ${field('se-largest', t('seLargest'), `<input id="f-se-largest" data-path="largest" type="number" min="0" step="1" value="${esc(s ? s.largest : 10)}">`)}
      ${field('se-share', t('seShare'), `<input id="f-se-share" data-path="share" type="number" min="0" max="100" step="0.01" value="${esc(s ? num(s.share) : 10)}">`)}
      ${field('se-seed', t('seSeed'), `<input id="f-se-seed" data-path="seed" inputmode="numeric" autocomplete="off" aria-describedby="seed-hint">`)}
    </div><p class="muted small" id="seed-hint">${tx('seSeedHint')}</p>
    <div class="form-error" role="alert"></div>
    <p class="buttons"><button class="primary" type="submit" id="selection-draw">${tx(s ? 'seDrawAgain' : 'seDraw')}</button></p></form>`;
  const form = document.getElementById('selection-form');
  form.onsubmit = async ev => {
    ev.preventDefault();
    const v = id => document.getElementById(id).value.trim();
    const number = x => (isNaN(Number(x)) ? x : Number(x));
    const body = {};
    if (v('f-se-largest')) body.largest = number(v('f-se-largest'));
    if (v('f-se-share')) body.share = number(v('f-se-share'));
    body.seed = v('f-se-seed') ? number(v('f-se-seed')) : newSeed();
    const r = await api('POST', batchPath(ctx.batch.id, '/selection'), body);
    if (!r.ok) { showErrors(form, r.json); return; }
    ctx.batch = r.json;
    await ctx.reload();
  };
}
