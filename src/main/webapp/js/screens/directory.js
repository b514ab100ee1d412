// The administrator's directory (单位目录): organisations added, edited, deactivated and activated;
// conflicts of interest (回避关系); a list imported from Excel, all rows or none, with each problem
// named by its cell.
import { api } from '../api.js';
import { clearErrors, esc, field, options, showErrors, view } from '../dom.js';
import { t } from '../i18n.js';
import { entries, label } from '../labels.js';

export async function directory() {
  await draw();
}

/** Draws the screen from the directory as it is now; notice says what the last action did. */
async function draw(notice) {
  const r = await api('GET', 'admin/organisations');
  if (!r.ok) { view().innerHTML = `<p class="form-error">${esc(r.json.message)}</p>`; return; }
  const { items, conflicts } = r.json;
  const tx = key => esc(t(key));
  const byId = new Map(items.map(o => [o.id, o]));
  const activeOf = type => items.filter(o => o.type === type && o.active);
  const named = list => list.map(o => [o.id, o.name]);
  view().innerHTML = `<h1>${tx('directory')}</h1>
    <p class="notice" id="directory-notice" role="status">${esc(notice || '')}</p>
    <div class="grid2">
      <form class="card form" id="organisation-form" novalidate>
        <h2 id="organisation-form-title">${tx('addOrganisation')}</h2>
        ${field('name', t('orgName'), `<input id="f-name" data-path="name" autocomplete="off">`)}
        ${field('type', t('orgType'), `<select id="f-type" data-path="type">${options(entries('organisationTypes'), 'DEPARTMENT')}</select>`)}
        ${field('code', t('orgCode'), `<input id="f-code" data-path="code" autocomplete="off" aria-describedby="code-hint">`)}
        <p class="muted small" id="code-hint">${tx('codeHint')}</p>
        ${field('parent', t('parentOrg'), `<select id="f-parent" data-path="parentId" aria-describedby="parent-hint"></select>`)}
        <p class="muted small" id="parent-hint">${tx('parentHint')}</p>
        <div class="form-error" role="alert"></div>
        <p class="buttons"><button class="primary" type="submit" id="organisation-submit">${tx('save')}</button>
          <button type="button" id="organisation-cancel" hidden>${tx('cancel')}</button></p>
      </form>
      <form class="card form" id="import-form" novalidate>
        <h2>${tx('importTitle')}</h2><p class="muted small">${tx('importHint')}</p>
        ${field('file', t('importFileLabel'), `<input id="f-file" type="file" data-path="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet">`)}
        <div class="form-error" role="alert" id="import-error"></div><ul class="problems" id="import-problems"></ul>
        <p class="buttons"><button class="primary" type="submit" id="import-submit">${tx('importButton')}</button></p>
      </form>
    </div>
    <section class="card"><h2>${tx('organisations')}</h2>
      <table class="data" id="organisation-list"><thead><tr><th>${tx('orgName')}</th><th>${tx('orgType')}</th><th>${tx('orgCode')}</th>
        <th>${tx('parentOrg')}</th><th>${tx('orgState')}</th><th>${tx('actions')}</th></tr></thead><tbody>
        ${items.map(o => `<tr data-id="${esc(o.id)}" class="${o.active ? '' : 'inactive'}"><td class="org-name">${esc(o.name)}</td>
          <td>${esc(label('organisationTypes', o.type))}</td><td>${esc(o.code || '—')}</td><td>${esc(o.parent || '—')}</td>
          <td>${o.active ? tx('activeYes') : `<span class="flag off">${tx('activeNo')}</span>`}</td>
          <td class="nowrap"><button type="button" class="link" data-act="edit">${tx('edit')}</button>
            <button type="button" class="link" data-act="${o.active ? 'deactivate' : 'activate'}">${tx(o.active ? 'deactivate' : 'activate')}</button></td></tr>`).join('')}
      </tbody></table></section>
    <section class="card"><h2>${tx('conflicts')}</h2>
      ${conflicts.length ? `<table class="data" id="conflict-list"><thead><tr><th>${tx('agency')}</th><th>${tx('subject')}</th>
        <th>${tx('conflictReason')}</th></tr></thead><tbody>${conflicts.map(c => `<tr><td>${esc(c.agency)}</td><td>${esc(c.department)}</td>
        <td>${esc(c.reason || '—')}</td></tr>`).join('')}</tbody></table>` : `<p class="muted" id="conflict-list">${tx('noItems')}</p>`}
      <form class="form" id="conflict-form" novalidate><div class="fields-grid">
        ${field('agency', t('agency'), `<select id="f-agency" data-path="agencyId">${options([['', '—'], ...named(activeOf('AGENCY'))])}</select>`)}
        ${field('department', t('subject'), `<select id="f-department" data-path="departmentId">${options([['', '—'], ...named(activeOf('DEPARTMENT'))])}</select>`)}
        ${field('reason', t('conflictReason'), `<input id="f-reason" data-path="reason" autocomplete="off">`)}
      </div><div class="form-error" role="alert"></div>
      <p class="buttons"><button class="primary" type="submit" id="conflict-submit">${tx('addConflict')}</button></p></form>
    </section>`;

  // adding, or editing the organisation of editing (its type then stays what it is)
  const form = document.getElementById('organisation-form');
  let editing = null;
  const parentChoices = () => {
    const type = document.getElementById('f-type').value;
    const select = document.getElementById('f-parent');
    const keep = select.value;
    // an inactive 主管部门 stays listed on its department, so that saving does not drop it unasked (the API then says why)
    const current = editing && editing.parentId != null ? byId.get(editing.parentId) : null;
    const choices = activeOf('DEPARTMENT').filter(o => !editing || o.id !== editing.id);
    if (current && !current.active) choices.push(current);
    select.innerHTML = options([['', '—'], ...choices.map(o => [o.id, o.active ? o.name : t('paren', o.name, t('activeNo'))])], keep);
    select.disabled = type !== 'DEPARTMENT';
    if (select.disabled) select.value = '';
  };
  parentChoices();
  document.getElementById('f-type').onchange = parentChoices;
  const startEdit = o => {
    editing = o;
    clearErrors(form);
    document.getElementById('organisation-form-title').textContent = t('editOrganisation', o.name);
    document.getElementById('f-name').value = o.name;
    document.getElementById('f-type').value = o.type;
    document.getElementById('f-type').disabled = true;
    document.getElementById('f-code').value = o.code || '';
    parentChoices();
    document.getElementById('f-parent').value = o.parentId == null ? '' : String(o.parentId);
    document.getElementById('organisation-cancel').hidden = false;
    document.getElementById('f-name').focus();
  };
  document.getElementById('organisation-cancel').onclick = () => draw();
  form.onsubmit = async ev => {
    ev.preventDefault();
    const v = id => document.getElementById(id).value.trim();
    const body = { name: v('f-name'), code: v('f-code') || null, parentId: v('f-parent') ? Number(v('f-parent')) : null };
    if (!editing) body.type = v('f-type');
    const res = editing ? await api('PUT', 'admin/organisations/' + editing.id, body) : await api('POST', 'admin/organisations', body);
    if (res.ok) await draw(t(editing ? 'orgSaved' : 'orgAdded', res.json.name)); else showErrors(form, res.json);
  };

  // the rows' buttons: edit, deactivate, activate
  document.getElementById('organisation-list').addEventListener('click', async ev => {
    const button = ev.target.closest('button[data-act]');
    if (!button) return;
    const o = byId.get(Number(button.closest('tr').dataset.id));
    if (button.dataset.act === 'edit') { startEdit(o); return; }
    const res = await api('POST', `admin/organisations/${o.id}/${button.dataset.act}`);
    if (res.ok) await draw(t(button.dataset.act === 'activate' ? 'orgActivated' : 'orgDeactivated', o.name));
    else document.getElementById('directory-notice').innerHTML = `<span class="form-error">${esc(res.json.message)}</span>`;
  });

  // the Excel import: the workbook's bytes as they are; a refusal lists the cells it names
  const importForm = document.getElementById('import-form');
  importForm.onsubmit = async ev => {
    ev.preventDefault();
    const error = document.getElementById('import-error');
    const problems = document.getElementById('import-problems');
    problems.innerHTML = '';
    const file = document.getElementById('f-file').files[0];
    if (!file) { error.textContent = t('chooseFile'); return; }
    error.textContent = '';
    const res = await api('POST', 'admin/organisations/import', file);
    if (res.ok) { await draw(t('imported', res.json.total)); return; }
    const details = res.json.details || [];
    error.textContent = details.length ? t('importRejected') : res.json.message;
    problems.innerHTML = details.map(d => `<li><strong class="cell">${esc(d.path)}</strong>${esc(t('colon'))}${esc(d.message)}</li>`).join('');
  };

  // a conflict of interest: this agency must not evaluate that department
  const conflictForm = document.getElementById('conflict-form');
  conflictForm.onsubmit = async ev => {
    ev.preventDefault();
    const id = key => { const v = document.getElementById(key).value; return v ? Number(v) : null; };
    const reason = document.getElementById('f-reason').value.trim();
    const res = await api('POST', 'admin/conflicts', { agencyId: id('f-agency'), departmentId: id('f-department'), reason: reason || null });
    if (res.ok) {
      await draw(t('conflictAdded', byId.get(id('f-agency')).name, byId.get(id('f-department')).name));
    } else {
      showErrors(conflictForm, res.json);
    }
  };
}
