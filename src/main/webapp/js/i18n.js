// The UI's own words: zh-CN first, English second. The words for the API's codes (statuses, actions,
// fund fields, formulas, levels, grades, tasks) come from the server (labels.js); data (names,
// indicators, messages from the server) is shown as it is.
const I18N = {
  zh: {
    appName: '预算绩效评价工作流', pageTitle: 'PerfEval 预算绩效评价工作流', loginTitle: 'PerfEval 预算绩效评价工作流 · 登录',
    logo: '绩', loginHint: '财政局、评价机构、被评价单位共用的绩效评价平台', username: '用户名',
    password: '密码', login: '登录', demoAccounts: '演示账户: bureau / evaluator / department / admin（demo）',
    notifications: '通知', logout: '退出', loading: '加载中…', mainNav: '主导航',
    home: '首页', evaluations: '评价任务', tasks: '待办任务', dashboard: '统计看板', commission: '委托评价',
    status: '状态', score: '得分', grade: '等级', overdue: '逾期', title: '名称', year: '年度', subject: '被评价单位',
    agency: '评价机构', dueDate: '截止日期', open: '打开', submit: '提交', history: '处理记录', downloads: '下载',
    word: 'Word 报告', pdf: 'PDF 报告', excel: 'Excel 指标与评分表', diagram: '流程图', findings: '存在的问题',
    recommendations: '改进建议', rectifications: '整改事项', noTasks: '暂无待办任务', noItems: '暂无数据',
    total: '总分', weightsTotal: '分值合计', template: '指标模板', addRow: '添加指标', remove: '删除',
    indicator: '指标', weight: '分值', target: '指标值', formula: '计算公式', actual: '实际完成值', level: '评定等级',
    reason: '理由', preview: '预览得分', explanation: '说明', accept: '接受', refuse: '拒绝', agree: '同意',
    disagree: '有不同意见', approve: '通过', returnBack: '退回', comments: '意见', measures: '整改措施',
    summary: '整改情况', evidence: '佐证材料（每行一个文件名）', kind: '类型', save: '保存', importFile: '从 Excel 导入',
    gradeDist: '等级分布', scoresByDept: '各单位得分', rectStatus: '整改情况', advice: '预算建议',
    budgetYear: '预算年度', computed: '自动计算', byFormula: '按公式计算',
    checklistGroup: '已成立预算绩效管理领导小组', checklistRules: '已制定本单位预算绩效管理制度',
    sections: '报告正文', abstract: '摘要', overview: '部门概况', experience: '主要经验和做法', parties: '参与单位',
    openTasks: '当前任务', errorsAbove: '请修正标出的内容', saved: '已提交', bureau: '委托单位',
    tier1: '一级指标', tier2: '二级指标', tier3: '三级指标', inWan: '{0}（万元）', taskGone: '任务不存在或已完成',
    decision: '处理决定', inProgress: '进行中', yearSeries: '{0}年度', colon: '：', listSep: '；', paren: '{0}（{1}）',
    commentMatrix: '意见采纳情况', commentNo: '序号', commentSource: '意见来源', commentRound: '轮次', commentText: '意见内容',
    commentAuthor: '提出人', commentResponse: '采纳情况', commentExplanation: '说明', commentResolution: '修改情况',
    commentOpen: '待答复', answerComments: '答复意见', answerHint: '逐条答复；部分采纳或未采纳须说明理由',
    commentsByLine: '意见（每行或每个编号一条）',
    directory: '单位目录', accounts: '账号管理', audit: '审计记录', changePassword: '修改密码',
    orgName: '单位名称', orgType: '单位类型', orgCode: '编码', parentOrg: '主管部门', orgState: '状态', activeYes: '启用',
    activeNo: '停用', actions: '操作', edit: '编辑', deactivate: '停用', activate: '启用', cancel: '取消',
    addOrganisation: '新增单位', editOrganisation: '修改单位：{0}', organisations: '单位列表',
    codeHint: '预算单位填预算单位编码（3至20位数字），评价机构填18位统一社会信用代码；可不填。',
    parentHint: '只有预算单位有主管部门，从启用的预算单位中选择。',
    orgAdded: '已新增单位：{0}', orgSaved: '已保存：{0}', orgDeactivated: '已停用：{0}', orgActivated: '已启用：{0}',
    conflicts: '回避关系', conflictReason: '回避理由', addConflict: '登记回避关系', conflictAdded: '已登记回避关系：{0} — {1}',
    importTitle: '从 Excel 导入单位', importHint: '读取第一个工作表，列为：单位名称、单位类型、编码、主管部门。有任何错误时整表不导入。',
    importFileLabel: 'Excel 文件（.xlsx）', importButton: '导入', imported: '已导入 {0} 个单位', chooseFile: '请选择 .xlsx 文件',
    importRejected: '文件有误，未导入任何单位：',
    displayName: '显示名称', role: '角色', organisation: '所属单位', mustChange: '须修改密码', demoAccount: '演示账号',
    yes: '是', no: '否', createAccount: '新增账号', accountList: '账号列表', disable: '停用', enable: '启用',
    resetPassword: '重置密码', initialPassword: '初始密码',
    confirmReset: '重置 {0} 的密码？原密码立即失效，系统生成一次性密码。',
    oneTimePassword: '一次性密码', otpNote: '{0} 的一次性密码仅显示这一次，请通过安全途径交给本人。该用户下次登录时必须修改密码。',
    passwordRule: '8至128个字符，至少包含大写字母、小写字母、数字、其他字符中的三类，不能包含用户名，不能是常见密码。',
    accountCreated: '已新增账号：{0}', accountDisabled: '已停用账号：{0}', accountEnabled: '已启用账号：{0}',
    auditActor: '操作人（用户名）', actor: '操作人', auditAction: '操作', auditTarget: '对象', auditFrom: '起始日期', auditTo: '截止日期',
    auditTime: '时间', auditAddress: '地址', auditChanges: '变更内容', auditEntry: '记录', all: '全部', search: '查询',
    clearFilter: '清除条件', exportExcel: '导出 Excel', verifyChain: '验证哈希链',
    targetHint: '按前缀匹配，如 user:zhang.wei、organisation:5、evaluation:12',
    chainValid: '哈希链完整：共 {0} 条记录，未发现修改、删除或插入。', chainBroken: '哈希链已被破坏：自第 {0} 号记录起有修改、删除或插入（共 {1} 条记录）。',
    pageOf: '第 {0} / {1} 页，共 {2} 条', firstPage: '首页', prevPage: '上一页', nextPage: '下一页', lastPage: '末页',
    pages: '分页', changesCount: '{0} 项变更', emptyValue: '（空）', arrow: ' → ',
    currentPassword: '当前密码', newPassword: '新密码', confirmPassword: '再次输入新密码',
    passwordMismatch: '两次输入的新密码不一致', passwordChanged: '密码已修改。',
    mustChangeNote: '管理员已重置您的密码。请先设置新密码，之后才能继续使用系统。'
  },
  en: {
    appName: 'Budget Performance Evaluation', pageTitle: 'PerfEval Budget Performance Evaluation',
    loginTitle: 'PerfEval Budget Performance Evaluation · Sign in', logo: 'PE',
    loginHint: 'One workspace for finance bureaus, evaluation agencies and departments',
    username: 'User name', password: 'Password', login: 'Sign in',
    demoAccounts: 'Demo accounts: bureau / evaluator / department / admin (password demo)', notifications: 'Notifications',
    logout: 'Sign out', loading: 'Loading…', mainNav: 'Main navigation', home: 'Home', evaluations: 'Evaluations',
    tasks: 'My tasks', dashboard: 'Dashboard',
    commission: 'Commission', status: 'Status', score: 'Score', grade: 'Grade', overdue: 'Overdue', title: 'Title', year: 'Year',
    subject: 'Evaluated unit', agency: 'Agency', dueDate: 'Due date', open: 'Open', submit: 'Submit', history: 'History',
    downloads: 'Downloads', word: 'Word report', pdf: 'PDF report', excel: 'Excel tables', diagram: 'Process',
    findings: 'Findings', recommendations: 'Recommendations', rectifications: 'Rectifications', noTasks: 'No open tasks',
    noItems: 'Nothing yet', total: 'Total', weightsTotal: 'Weights total', template: 'Template', addRow: 'Add indicator',
    remove: 'Remove', indicator: 'Indicator', weight: 'Weight', target: 'Target', formula: 'Formula', actual: 'Actual',
    level: 'Level', reason: 'Reason', preview: 'Preview', explanation: 'Explanation', accept: 'Accept', refuse: 'Refuse',
    agree: 'Agree', disagree: 'Comments', approve: 'Approve', returnBack: 'Return', comments: 'Comments', measures: 'Measures',
    summary: 'Summary', evidence: 'Evidence (one file name per line)', kind: 'Kind', save: 'Save', importFile: 'Import from Excel',
    gradeDist: 'Grades', scoresByDept: 'Scores by unit', rectStatus: 'Rectifications', advice: 'Budget advice',
    budgetYear: 'Budget year', computed: 'computed', byFormula: 'by formula',
    checklistGroup: 'Performance leading group exists', checklistRules: 'Performance rules exist', sections: 'Report text',
    abstract: 'Abstract', overview: 'Overview', experience: 'Experience', parties: 'Parties', openTasks: 'Open tasks',
    errorsAbove: 'Please correct the marked fields', saved: 'Submitted', bureau: 'Bureau',
    tier1: 'Level 1 indicator', tier2: 'Level 2 indicator', tier3: 'Level 3 indicator', inWan: '{0} (10,000 yuan)',
    taskGone: 'This task does not exist or is done', decision: 'Decision', inProgress: 'In progress', yearSeries: '{0}',
    colon: ': ', listSep: '; ', paren: '{0} ({1})',
    commentMatrix: 'Comments and responses', commentNo: 'No.', commentSource: 'Source', commentRound: 'Round',
    commentText: 'Comment', commentAuthor: 'By', commentResponse: 'Response', commentExplanation: 'Explanation',
    commentResolution: 'Changes made', commentOpen: 'Open', answerComments: 'Answer the comments',
    answerHint: 'Answer each comment; explain why one is partly or not adopted',
    commentsByLine: 'Comments (one per line or numbered item)',
    directory: 'Directory', accounts: 'Accounts', audit: 'Audit trail', changePassword: 'Change password',
    orgName: 'Name', orgType: 'Type', orgCode: 'Code', parentOrg: 'Parent department', orgState: 'State', activeYes: 'Active',
    activeNo: 'Inactive', actions: 'Actions', edit: 'Edit', deactivate: 'Deactivate', activate: 'Activate', cancel: 'Cancel',
    addOrganisation: 'Add organisation', editOrganisation: 'Edit organisation: {0}', organisations: 'Organisations',
    codeHint: 'Budget units: budget unit code (3 to 20 digits); agencies: 18-character unified social credit code; optional.',
    parentHint: 'Only budget units have a parent department, chosen from the active budget units.',
    orgAdded: 'Added: {0}', orgSaved: 'Saved: {0}', orgDeactivated: 'Deactivated: {0}', orgActivated: 'Activated: {0}',
    conflicts: 'Conflicts of interest', conflictReason: 'Reason', addConflict: 'Record conflict', conflictAdded: 'Conflict recorded: {0} — {1}',
    importTitle: 'Import organisations from Excel',
    importHint: 'Reads the first sheet, columns 单位名称 (name), 单位类型 (type), 编码 (code), 主管部门 (parent). Any error and nothing is imported.',
    importFileLabel: 'Excel file (.xlsx)', importButton: 'Import', imported: '{0} organisations imported', chooseFile: 'Please choose an .xlsx file',
    importRejected: 'The file has errors; nothing was imported:',
    displayName: 'Display name', role: 'Role', organisation: 'Organisation', mustChange: 'Must change password',
    demoAccount: 'Demo account', yes: 'yes', no: 'no', createAccount: 'Create account', accountList: 'Accounts',
    disable: 'Disable', enable: 'Enable', resetPassword: 'Reset password', initialPassword: 'Initial password',
    confirmReset: 'Reset the password of {0}? The current password stops working at once; a one-time password is made.',
    oneTimePassword: 'One-time password',
    otpNote: 'The one-time password of {0} is shown only this once: hand it over securely. The user must change it at the next sign-in.',
    passwordRule: '8 to 128 characters, three of upper case, lower case, digits and other characters, not containing the user name, not a common password.',
    accountCreated: 'Account created: {0}', accountDisabled: 'Account disabled: {0}', accountEnabled: 'Account enabled: {0}',
    auditActor: 'Actor (user name)', actor: 'Actor', auditAction: 'Action', auditTarget: 'Target', auditFrom: 'From', auditTo: 'To',
    auditTime: 'Time', auditAddress: 'Address', auditChanges: 'Changes', auditEntry: 'Entry', all: 'All', search: 'Search',
    clearFilter: 'Clear', exportExcel: 'Export to Excel', verifyChain: 'Verify hash chain',
    targetHint: 'Prefix, e.g. user:zhang.wei, organisation:5, evaluation:12',
    chainValid: 'Hash chain intact: {0} entries, nothing altered, removed or inserted.',
    chainBroken: 'Hash chain broken: entries altered, removed or inserted from entry {0} on ({1} entries).',
    pageOf: 'Page {0} of {1}, {2} entries', firstPage: 'First', prevPage: 'Previous', nextPage: 'Next', lastPage: 'Last',
    pages: 'Pages', changesCount: '{0} changes', emptyValue: '(empty)', arrow: ' → ',
    currentPassword: 'Current password', newPassword: 'New password', confirmPassword: 'New password again',
    passwordMismatch: 'The two new passwords differ', passwordChanged: 'Your password has been changed.',
    mustChangeNote: 'An administrator has reset your password. Please choose a new one before you go on.'
  }
};

const STORAGE_KEY = 'perfeval.lang';
export const LANG = localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
/** What api() sends as Accept-Language, so that the server answers in the UI's language. */
export const ACCEPT_LANGUAGE = LANG === 'en' ? 'en' : 'zh-CN';

/** The UI text for key; {0}, {1} ... are replaced by the further arguments. */
export function t(key, ...args) {
  const text = (I18N[LANG] && I18N[LANG][key]) || I18N.zh[key] || key;
  return args.length ? text.replace(/\{(\d)\}/g, (m, i) => (args[i] == null ? '' : String(args[i]))) : text;
}

/** Fills [data-i18n] (text) and [data-i18n-label] (aria-label), and wires the language switch. */
export function applyI18n(root) {
  const scope = root || document;
  scope.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
  scope.querySelectorAll('[data-i18n-label]').forEach(el => { el.setAttribute('aria-label', t(el.dataset.i18nLabel)); });
  document.documentElement.lang = ACCEPT_LANGUAGE;
  const sw = document.getElementById('lang-switch');
  if (sw) {
    sw.textContent = LANG === 'en' ? '中文' : 'English';
    sw.lang = LANG === 'en' ? 'zh-CN' : 'en';
    sw.onclick = e => { e.preventDefault(); localStorage.setItem(STORAGE_KEY, LANG === 'en' ? 'zh' : 'en'); location.reload(); };
  }
}
