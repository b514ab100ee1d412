package org.perfeval.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Error messages in the caller's language. The domain writes them in Chinese, the language of
 * the bureaus (often with an English gloss in parentheses); for a caller whose Accept-Language
 * prefers English they are rewritten here, at the edge, by the catalog below. Names, indicator
 * paths and values inside a message stay as entered.
 */
final class ErrorMessages {

    private static final List<Rule> CATALOG = new ArrayList<>();
    /** "中文 (English)": the gloss serves when the catalog has nothing better. */
    private static final Pattern GLOSS = Pattern.compile("^.*?\\s\\((.+)\\)$");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    static {
        en("不能超过(\\d+)个字符", "at most $1 characters");
        en("年度应在2000至2100之间", "the year must be between 2000 and 2100");
        en("应为 DEPARTMENT 或 PROJECT", "must be DEPARTMENT or PROJECT");
        en("未知单位: (.+)", "unknown organisation: $1");
        en("(.+) 不是评价机构", "$1 is not an evaluation agency");
        en("(.+) 不是被评价单位", "$1 is not an evaluated department");
        en("截止日期不能早于今天", "the due date cannot be before today");
        en("日期格式应为 YYYY-MM-DD", "the date must be written YYYY-MM-DD");
        en("评价任务 (.+) 不存在", "evaluation $1 not found");
        en("任务 (.+) 不存在", "task $1 not found");
        en("整改事项 (.+) 不存在", "rectification $1 not found");
        en("通知 (.+) 不存在", "notification $1 not found");
        en("指标模板 (.+) 不存在", "indicator template $1 not found");
        en("任务已由 (.+) 认领 \\(claimed by someone else\\)", "the task was claimed by $1");
        en("应为1至3级指标名称的数组", "must be an array of 1 to 3 indicator names");
        en("指标名称应为非空字符串，不超过200字", "indicator names must be non-blank strings of at most 200 characters");
        en("数值超出范围.*", "number out of range: below a trillion in absolute value, at most 8 decimals");
        en("截止日期不能晚于(.+)", "the due date cannot be after $1");
        en("整改完成日期不能晚于(.+)", "the completion date cannot be after $1");
        en("含有控制字符或不可见的格式字符.*", "contains control or invisible formatting characters (such as NUL,"
                + " right-to-left overrides or zero-width characters)");
        en("必填, 应为数字", "required; must be a number");
        en("必填, 应为非空字符串", "required; must be a non-blank string");
        en("必填, 应为 true 或 false", "required; must be true or false");
        en("必填, 应为佐证材料的非空数组", "required; must be a non-empty array of evidence");
        en("必填, 应为对象 \\(amounts in 万元\\)", "required; must be an object (amounts in 10,000 yuan)");
        en("应为对象 \\(amounts in 万元\\)", "must be an object (amounts in 10,000 yuan)");
        en("必填, 应为预算年度, 如 \\?year=2027", "required; must be a budget year, e.g. ?year=2027");
        en("应为数组", "must be an array");
        en("应为对象", "must be an object");
        en("应为字符串", "must be a string");
        en("应为非空数组", "must be a non-empty array");
        en("应为对象 (\\{.+\\})", "must be an object $1");
        en("应为 true 或 false", "must be true or false");
        en("应为文本或数字, 如 \"12个\"", "must be text or a number, e.g. \"12个\"");
        en("应为字符串, 如 \"≥11个\"", "must be a string, e.g. \"≥11个\"");
        en("应为文件名或 \\{\"name\": \\.\\.\\.\\}", "must be a file name or {\"name\": ...}");
        en("应为 ACHIEVED, PARTLY 或 NOT_ACHIEVED", "must be ACHIEVED, PARTLY or NOT_ACHIEVED");
        en("应为不超过20000字的文本", "must be text of at most 20000 characters");
        en("应在0至1之间", "must be between 0 and 1");
        en("指标路径重复: (.+)", "duplicate indicator path: $1");
        en("部分名称重复: (.+)", "duplicate part name: $1");
        en("分值不能为负", "a weight cannot be negative");
        en("金额不能为负", "an amount cannot be negative");
        en("各档上限应递增", "tier limits must increase");
        en("各指标分值合计应为100, 现为 (.+)", "the weights must total 100; they total $1");
        en("各部分资金合计为0，无法按资金加权", "the parts' funds total 0: they cannot be weighted by funds");
        en("(.+)需要资金数据: (.+)", "$1 needs funds data: $2");
        en("(.+)的分母(\\w+)为0，无法计算.*", "the denominator $2 of $1 is 0: mark the indicator not applicable"
                + " (applicable: false) or score it yourself");
        en("(.+)越低越好，需要分档规则 \\(tiers\\)", "$1: lower is better, so tiers are required");
        en("缺少实际完成值，无法计分", "the actual value is missing: the indicator cannot be scored");
        en("指标值无法识别: (.*)", "target not understood: $1");
        en("实际值无法识别: (.*)", "actual value not understood: $1");
        en("实际值单位“(.*)”与指标值单位“(.*)”不一致", "the actual value's unit “$1” differs from the target's unit “$2”");
        en("未知资金项", "unknown funds field");
        en("未知检查项", "unknown checklist item");
        en("未知公式: (.+)", "unknown formula: $1");
        en("未知计算公式: (.+)", "unknown formula: $1");
        en("未知章节 \\(abstract, overview, experience\\)", "unknown section (abstract, overview, experience)");
        en("得分应在0至分值(.+)之间", "the score must be between 0 and the weight $1");
        en("(.+)须给出得分", "$1 needs a score");
        en("得分不在(.+) \\((.+?)以下\\)的区间内", "the score is outside the band of $1 ($2, upper bound excluded)");
        en("得分不在(.+) \\((.+?)\\)的区间内", "the score is outside the band of $1 ($2)");
        en("没有这个指标: (.+)", "no such indicator: $1");
        en("目标设定阶段不填写 (.+)", "$1 is not entered at target setting");
        en("尚未设定指标体系", "no indicator system has been set yet");
        en("选择否时须填写理由", "a reason is required when the answer is no");
        en("整改完成日期不能早于今天", "the completion date cannot be before today");
        en("评价机构与被评价单位存在利害关系.*", "a conflict of interest between the agency and the department is on record:"
                + " the commission cannot be accepted");
        en("评价任务不能从“.+”转为“.+” \\((.+)\\)", "the evaluation cannot move $1");
        en("提交的内容属于“(.+)”，而任务是“(.+)” .*", "the payload is for “$1” but the task is “$2”");
        en("任务“(.+)”不接受表格导入.*", "task “$1” takes no spreadsheet (these do: setTargets, collectData, score)");
        en("任务“(.+)”不接受评分表导入", "task “$1” takes no score sheet");
        en("任务“(.+)”无法通过本接口完成 .*", "task “$1” cannot be completed through this API");
        en("缺少工作表“(.+)”（文件中有：(.*)）", "worksheet “$1” is missing (the file has: $2)");
        en("缺少列“(.+)”", "column “$1” is missing");
        en("缺少一级指标名称", "the first-level indicator name is missing");
        en("工作表中没有指标行", "the worksheet has no indicator rows");
        en("分档规则应写作 .*", "tiers must be written like 0→1；10→0.6667；其他→0");
        en("评定等级应为 达成、部分达成 或 未达成", "the level must be 达成, 部分达成 or 未达成");
        en("(.+)应为数字，现为“(.*)”", "$1 must be a number, not “$2”");
        en("(.+)必填", "$1 is required");
        en("JSON 格式错误，第(\\d+)行第(\\d+)列 \\(malformed JSON\\)", "malformed JSON at line $1, column $2");
        en("评分表 JSON 应为对象", "a JSON score sheet must be an object");
        en("文件名不超过255个字符.*", "a file name has at most 255 characters and no control or invisible characters");
        en("JSON 对象中的键“(.+)”重复 \\(duplicate key\\)", "the key “$1” appears twice in a JSON object");
        en("中文字体无法加载: (.*)", "the CJK font cannot be loaded: $1");
        en("服务器未安装中文字体.*", "no CJK font is installed on the server, so no PDF can be made"
                + " (install fonts-arphic-uming and fonts-wqy-zenhei, or set PERFEVAL_CJK_FONT and"
                + " PERFEVAL_CJK_HEADING_FONT to readable font files)");
        en("扣分须说明理由 .*", "a reason is required when points are deducted");
        en("定性指标须评定达成程度 \\(level\\)", "a qualitative indicator needs a level");
        en("必填, 应为意见编号（正整数）", "required; must be a comment id (a positive integer)");
        en("必填, 应为 ADOPTED, PARTLY 或 NOT_ADOPTED", "required; must be ADOPTED, PARTLY or NOT_ADOPTED");
        en("未知字段 \\((.+)\\)", "unknown field (known fields: $1)");
        en("没有编号为(\\d+)的意见", "there is no comment numbered $1");
        en("意见(\\d+)重复答复", "comment $1 is answered twice");
        en("部分采纳或未采纳须说明理由", "an explanation is required when a comment is partly or not adopted");
        en("意见(\\d+)尚未答复：(.*)", "comment $1 is not answered yet: $2");
    }

    /** The domain's own terms inside messages: levels and ratios, longest first. */
    private static final String[][] TERMS = {{"部分达成", "partly achieved"}, {"未达成", "not achieved"},
        {"达成", "achieved"}, {"预算执行率", "budget execution rate"}, {"预算调整率", "budget adjustment rate"},
        {"政府采购执行率", "procurement execution rate"}, {"结转结余率", "carry-over rate"},
        {"三公经费控制率", "three public expenses control rate"}};

    private record Rule(Pattern chinese, String english) {
    }

    private ErrorMessages() {
    }

    private static void en(String chinese, String english) {
        CATALOG.add(new Rule(Pattern.compile("^" + chinese + "$"), english));
    }

    /** The message for a caller who prefers this locale: unchanged unless English is preferred. */
    static String in(Locale locale, String message) {
        if (message == null || locale == null || !"en".equals(locale.getLanguage())) {
            return message;
        }
        return english(message);
    }

    static String english(String message) {
        for (Rule rule : CATALOG) {
            Matcher m = rule.chinese().matcher(message);
            if (m.matches()) {
                return terms(m.replaceFirst(rule.english()));
            }
        }
        Matcher gloss = GLOSS.matcher(message);
        if (gloss.matches() && !HAN.matcher(gloss.group(1)).find()) {
            return gloss.group(1);
        }
        return message;
    }

    private static String terms(String text) {
        for (String[] t : TERMS) {
            text = text.replace(t[0], t[1]);
        }
        return text;
    }

    /** English if the caller prefers it to Chinese, else Chinese (also for no header or {@code *}); the UI's labels follow the same choice. */
    static Locale preferred(List<Locale> acceptable) {
        for (Locale l : acceptable) {
            if ("en".equals(l.getLanguage())) {
                return Locale.ENGLISH;
            }
            if ("zh".equals(l.getLanguage())) {
                return Locale.CHINESE;
            }
        }
        return Locale.CHINESE;
    }
}
