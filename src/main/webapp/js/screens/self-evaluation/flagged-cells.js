// Where the desk review's flags show in a form: each flag on the cell it is about (the printed
// execution rate or its score, an indicator's target, actual, score or explanation, the total), the
// cell marked red (error) or amber (warning) with the flags' messages as its tooltip (and their names
// for screen readers).
import { esc } from '../../dom.js';
import { t } from '../../i18n.js';
import { label } from '../../labels.js';

/** The flag paths of the execution rate and the total (forms/FORMAT.md, Flags). */
export const EXECUTION_PATH = '预算执行率';
export const TOTAL_PATH = '总分';

/** The cell of an indicator's row each indicator flag is about; the indicator's name for the others. */
const INDICATOR_CELL = { SCORE_OVERSTATED: 'printedScore', SCORE_ABOVE_WEIGHT: 'printedScore', DEDUCTION_WITHOUT_REASON: 'explanation',
  MISSING_ACTUAL: 'actual', OVERACHIEVED_UNEXPLAINED: 'actual', COST_TARGET_DIRECTION: 'target', NOT_QUANTIFIED: 'target' };

/** The key of the cell a flag marks ("area:cell"), or null for a flag about the whole form only. */
export function cellOf(flag) {
  if (flag.path === EXECUTION_PATH) return flag.code === 'EXECUTION_SCORE_MISMATCH' ? 'funds:printedScore' : 'funds:printedRate';
  if (flag.path === TOTAL_PATH || flag.code === 'TOTAL_MISMATCH') return 'total:printed';
  if (flag.code === 'WEIGHTS_NOT_100') return 'total:weight';
  // scores claimed beyond what the spending supports: the execution rate they are measured against
  if (flag.code === 'SCORE_EXCEEDS_EXECUTION') return 'funds:rate';
  if (!flag.path) return null;
  return `${flag.path}:${INDICATOR_CELL[flag.code] || 'name'}`;
}

/** The flags by the cell they mark. */
export function flagsByCell(flags) {
  const cells = new Map();
  (flags || []).forEach(f => {
    const key = cellOf(f);
    if (key) cells.set(key, [...(cells.get(key) || []), f]);
  });
  return cells;
}

/** A table cell, marked when flags name it: <td> with its class, tooltip and the codes (data-flags). */
export function cell(cells, key, content, cls = '') {
  const flags = cells.get(key) || [];
  if (!flags.length) return `<td class="${cls}" data-cell="${esc(key)}">${content}</td>`;
  const severity = flags.some(f => f.severity === 'error') ? 'flag-error' : 'flag-warning';
  const title = flags.map(f => label('flags', f.code) + t('colon') + f.message).join('\n');
  return `<td class="${cls} flagged ${severity}" data-cell="${esc(key)}" data-flags="${esc(flags.map(f => f.code).join(' '))}"
    title="${esc(title)}">${content}<span class="sr-only">${esc(t('paren', '', flags.map(f => label('flags', f.code)).join(t('listSep'))))}</span></td>`;
}
