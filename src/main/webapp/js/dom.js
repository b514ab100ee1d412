// The one escaping helper and the small DOM and form helpers the screens share.
import { t } from './i18n.js';

/** Text for HTML, in element content and in quoted attribute values alike. Everything not a literal goes through it. */
export function esc(v) {
  return String(v == null ? '' : v).replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

/** The main area the screens draw into. */
export function view() { return document.getElementById('view'); }

export function num(v) { return v == null ? '—' : Number(v).toString(); }

export function val(id) { return document.getElementById(id).value; }

/** A labelled field around a control whose id is f-<id>. */
export function field(id, label, control) {
  return `<div class="field"><label for="f-${esc(id)}">${esc(label)}</label>${control}</div>`;
}

export function textarea(id, label, path, value) {
  return `<div class="field"><label for="${esc(id)}">${esc(label)}</label><textarea id="${esc(id)}" data-path="${esc(path)}" rows="3">${esc(value || '')}</textarea></div>`;
}

/** Radio buttons [value, label], the first one checked. */
export function choice(name, legend, options) {
  return `<fieldset class="choice"><legend class="sr-only">${esc(legend)}</legend>${options.map(([value, label], i) =>
    `<label><input type="radio" name="${esc(name)}" value="${esc(value)}" ${i === 0 ? 'checked' : ''}> ${esc(label)}</label>`).join('')}</fieldset>`;
}

/** The checked radio of a yes/no choice as a boolean. */
export function radio(form, name) { return form.querySelector(`input[name="${CSS.escape(name)}"]:checked`).value === 'true'; }

/** Lines of a textarea, trimmed, without the empty ones. */
export function lines(id) { return val(id).split('\n').map(s => s.trim()).filter(Boolean); }

// Shows an API error next to the fields it names (data-path); what names no field goes on top of the form.
export function showErrors(form, error) {
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
      unplaced.push(d.path + t('colon') + d.message);
    }
  });
  top.textContent = [error.details && error.details.length ? t('errorsAbove') : error.message, ...unplaced].join(t('listSep'));
  const first = form.querySelector('.invalid');
  if (first) first.focus();
}

/** An instant of the API (ISO 8601, UTC) in the browser's time zone, as YYYY-MM-DD HH:MM:SS. */
export function dateTime(iso) {
  const d = new Date(iso);
  if (!iso || isNaN(d.getTime())) return iso || '';
  const p = n => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

/** Options of a select: [value, text] pairs, the one equal to selected chosen. */
export function options(pairs, selected) {
  return pairs.map(([value, text]) =>
    `<option value="${esc(value)}"${String(value) === String(selected == null ? '' : selected) ? ' selected' : ''}>${esc(text)}</option>`).join('');
}

/** Clears the marks showErrors left on a form. */
export function clearErrors(form) {
  form.querySelectorAll('.field-error').forEach(el => el.remove());
  form.querySelectorAll('.invalid').forEach(el => { el.classList.remove('invalid'); el.removeAttribute('aria-invalid'); });
  const top = form.querySelector('.form-error');
  if (top) top.textContent = '';
}
