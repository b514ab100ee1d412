package org.perfeval.selfevaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfeval.common.FieldError;
import org.perfeval.json.SelfEvaluationFormJson;

/**
 * Forms read from Excel by their labels: the three sample forms give what their JSON gives, and a
 * form laid out otherwise (rows added, first-level names with their points, merged level cells, the
 * rate as a share, 其中：本年财政拨款) reads the same; a form that cannot be read names sheet and cell; a
 * workbook of a thousand forms is read whole.
 */
class FormWorkbooksTest {

    @TempDir
    Path dir;

    private List<FormSheet.Reading> read(Path workbook) throws Exception {
        List<FormSheet.Reading> out = new ArrayList<>();
        FormWorkbooks.read(workbook, null, out::add);
        return out;
    }

    private Path sample() throws Exception {
        Path file = dir.resolve("sample.xlsx");
        try (InputStream in = getClass().getResourceAsStream("/forms/sample.xlsx")) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void theSampleWorkbookReadsAsTheSampleJson() throws Exception {
        List<FormSheet.Reading> readings = read(sample());
        JsonArray json;
        try (InputStream in = getClass().getResourceAsStream("/forms/sample.json")) {
            json = Json.createReader(in).readArray();
        }
        assertEquals(List.of("自评表1", "自评表2", "自评表3"), readings.stream().map(FormSheet.Reading::sheet).toList());
        for (int i = 0; i < readings.size(); i++) {
            assertEquals(List.of(), readings.get(i).errors());
            List<FieldError> errors = new ArrayList<>();
            SelfEvaluationForm expected = SelfEvaluationFormJson.read(json.get(i), "forms[" + i + "]", errors);
            SelfEvaluationForm form = readings.get(i).form();
            assertEquals(expected.project(), form.project());
            assertEquals(expected.department(), form.department());
            assertEquals(expected.unit(), form.unit());
            assertEquals(expected.year(), form.year());
            assertEquals(expected.expectedGoal(), form.expectedGoal());
            assertEquals(expected.indicators().stream().map(FormIndicator::key).toList(),
                    form.indicators().stream().map(FormIndicator::key).toList());
            assertEquals(summary(DeskReview.of(expected, ReviewRules.DEFAULTS)), summary(DeskReview.of(form, ReviewRules.DEFAULTS)),
                    expected.project());
        }
    }

    private static String summary(FormReview r) {
        return r.executionRate() + " " + r.recomputedTotal() + " " + r.deviation().stripTrailingZeros().toPlainString() + " "
                + r.flags().stream().map(f -> f.code() + " " + f.path()).toList();
    }

    /** The first sample form, laid out as another county prints it. */
    private Path otherLayout(String weightOfQuality) throws Exception {
        Path file = dir.resolve("other.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet s = wb.createSheet("水务中心");
            String[][] rows = {
                {"附件3"},
                {"项目支出绩效自评表"},
                {"（ 2023年度 ）"},
                {"项 目 名 称", "农村饮水安全巩固提升工程"},
                {"主管部门：", "晋中开发区农业农村局", "", "", "实施单位", "晋中开发区水务服务中心"},
                {"项目资金（万元）", "", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"},
                {"", "年度资金总额", "120", "120", "115.06", "10", "0.9588", "9.59"},
                {"", "其中：本年财政拨款", "120", "120", "115.06"},
                {"年度总体目标", "预期目标", "", "", "", "实际完成情况"},
                {"", "完成12处农村供水工程维修改造，保障3.2万人饮水安全。", "", "", "", "完成12处工程维修改造，受益人口3.3万人。"},
                {"绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"},
                {"", "产出指标（50分）", "数量指标", "维修改造供水工程数量", "≥12处", "12处", "15", "15"},
                {"", "", "", "新建管网长度", "≥8公里", "8.4公里", "10", "10"},
                {""},
                {"", "", "质量指标", "工程验收合格率", "100%", "100%", weightOfQuality, "10"},
                {"", "", "时效指标", "工程完工及时率", "≥95%", "96%", "5", "5"},
                {"", "", "成本指标", "单处工程平均成本", "≤10万元", "9.59万元", "10", "10"},
                {"", "效益指标（30分）", "社会效益指标", "受益人口", "≥3.2万人", "3.3万人", "15", "15"},
                {"", "", "可持续影响指标", "工程运行管护机制", "健全", "健全", "15", "15"},
                {"", "满意度指标（10分）", "服务对象满意度指标", "受益群众满意度", "≥90%", "93%", "10", "10"},
                {"总  分", "", "", "", "", "", "100", "99.59"},
            };
            for (int r = 0; r < rows.length; r++) {
                XSSFRow row = s.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (!rows[r][c].isEmpty()) {
                        String v = rows[r][c];
                        if (v.matches("\\d+(\\.\\d+)?") && c >= 2) {
                            row.createCell(c).setCellValue(Double.parseDouble(v));
                        } else {
                            row.createCell(c).setCellValue(v);
                        }
                    }
                }
            }
            s.addMergedRegion(new CellRangeAddress(11, 16, 1, 1));
            wb.write(out);
        }
        return file;
    }

    @Test
    void aFormLaidOutOtherwiseReadsTheSame() throws Exception {
        List<FormSheet.Reading> readings = read(otherLayout("10"));
        assertEquals(1, readings.size());
        assertEquals(List.of(), readings.get(0).errors());
        SelfEvaluationForm form = readings.get(0).form();
        assertEquals(2023, form.year());
        assertEquals("农村饮水安全巩固提升工程", form.project());
        assertEquals("晋中开发区农业农村局", form.department());
        assertEquals("晋中开发区水务服务中心", form.unit());
        assertEquals(0, new BigDecimal("95.88").compareTo(form.funds().printedRate()), "0.9588 is 95.88%");
        assertEquals(List.of("产出指标", "数量指标", "新建管网长度"), form.indicators().get(1).path());
        assertEquals(List.of("产出指标", "成本指标", "单处工程平均成本"), form.indicators().get(4).path(), "（50分） dropped");
        assertEquals(8, form.indicators().size());
        FormReview review = DeskReview.of(form, ReviewRules.DEFAULTS);
        assertEquals("95.88% 99.59 0 []", summary(review));
    }

    @Test
    void aFormThatCannotBeReadNamesSheetAndCell() throws Exception {
        List<FormSheet.Reading> readings = read(otherLayout("十"));
        assertNull(readings.get(0).form());
        assertEquals(List.of("水务中心!G15"), readings.get(0).errors().stream().map(FieldError::path).toList());
        assertNotNull(readings.get(0).errors().get(0).message());
    }

    @Test
    void aWorkbookOfAThousandFormsIsRead() throws Exception {
        // POI refuses a package of more than 1,000 zip entries by default: a workbook has one per sheet and 5 more
        Path file = dir.resolve("county.xlsx");
        FormGenerator.writeWorkbook(file, 1000, 12L, 8);
        List<FormSheet.Reading> readings = read(file);
        assertEquals(1000, readings.size());
        assertEquals("自评表1000", readings.get(999).sheet());
        assertEquals(List.of(), readings.stream().flatMap(r -> r.errors().stream()).toList());
    }
}
