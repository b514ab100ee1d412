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
    commentsByLine: '意见（每行或每个编号一条）'
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
    commentsByLine: 'Comments (one per line or numbered item)'
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
