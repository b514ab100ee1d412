package org.perfeval.selfevaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * A generated form as the cells of its worksheet, in its {@link SheetLayout}: the national layout of
 * forms/FORMAT.md (title, year, 项目名称, 主管部门 and 实施单位, the 项目资金 block, 年度总体目标, the
 * 绩效指标 block, 总分) with the layout's variations, and where the unreadable cell is, if any. Pure,
 * so that a writer can render a form while its sheet is written and forget it after.
 */
final class SheetRenderer {

    /** How a cell is written: text, a plain number, or a share shown as a percentage. */
    enum Style { TEXT, NUMBER, PERCENT }

    /** A cell; {@code column} 0-based, the layout's shift applied. */
    record Cell(int column, String text, BigDecimal number, Style style) {
    }

    /** A row with cells; {@code index} 0-based. Rows not listed are blank. */
    record Row(int index, List<Cell> cells) {
    }

    /** @param unreadableReference the reference (F17) of the unreadable cell, null when there is none */
    record RenderedSheet(List<Row> rows, List<CellRangeAddress> merges, String unreadableReference) {
    }

    private static final int LAST_COLUMN = 8;

    private final GeneratedForm generated;
    private final SelfEvaluationForm form;
    private final SheetLayout layout;
    private final int shift;
    private final List<Row> rows = new ArrayList<>();
    private final List<CellRangeAddress> merges = new ArrayList<>();
    private String unreadableReference;
    private int next;

    private SheetRenderer(GeneratedForm generated) {
        this.generated = generated;
        this.form = generated.form();
        this.layout = generated.layout();
        this.shift = layout.leadingColumn() ? 1 : 0;
    }

    static RenderedSheet render(GeneratedForm generated) {
        return new SheetRenderer(generated).render();
    }

    private RenderedSheet render() {
        heading();
        funds();
        goals();
        indicators();
        total();
        return new RenderedSheet(rows, merges, unreadableReference);
    }

    /** A row being filled; columns are the layout's, before the shift (-1 is the leading column). */
    private final class Line {
        private final int index = next++;
        private final List<Cell> cells = new ArrayList<>();

        Line() {
            rows.add(new Row(index, cells));
        }

        Line text(int column, String text) {
            if (text != null && !text.isEmpty()) {
                cells.add(new Cell(column + shift, text, null, Style.TEXT));
            }
            return this;
        }

        Line number(int column, BigDecimal value) {
            if (value != null) {
                cells.add(new Cell(column + shift, null, value, Style.NUMBER));
            }
            return this;
        }

        Line percent(int column, BigDecimal share) {
            cells.add(new Cell(column + shift, null, share, Style.PERCENT));
            return this;
        }

        /** The number, or the unreadable cell's text when it is this one. */
        Line number(int column, BigDecimal value, UnreadableCell.Field field, int indicator) {
            UnreadableCell bad = generated.unreadable();
            if (bad != null && bad.isAt(field, indicator)) {
                unreadableReference = new CellReference(index, column + shift).formatAsString(false);
                return text(column, bad.text());
            }
            return number(column, value);
        }

        Line across(int firstColumn, int lastColumn) {
            merge(index, index, firstColumn, lastColumn);
            return this;
        }

        int index() {
            return index;
        }
    }

    private void blankRow() {
        next++;
    }

    private void merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        if (firstRow != lastRow || firstColumn != lastColumn) {
            merges.add(new CellRangeAddress(firstRow, lastRow, firstColumn + shift, lastColumn + shift));
        }
    }

    private void heading() {
        if (layout.extraRows()) {
            new Line().text(0, "附件3");
        }
        new Line().text(0, "项目支出绩效自评表").across(0, LAST_COLUMN);
        new Line().text(0, "（" + form.year() + "年度）").across(0, LAST_COLUMN);
        if (layout.extraRows()) {
            new Line().text(0, "填报单位（盖章）：" + form.unit()).text(6, "填报日期：" + (form.year() + 1) + "年3月15日");
            blankRow();
        }
        new Line().text(0, "项目名称").text(1, form.project()).across(1, LAST_COLUMN);
        Line owners = new Line().text(0, "主管部门").text(1, form.department()).text(4, "实施单位").text(5, form.unit());
        merge(owners.index(), owners.index(), 1, 3);
        merge(owners.index(), owners.index(), 5, LAST_COLUMN);
    }

    private void funds() {
        FormFunds f = form.funds();
        Line header = new Line().text(0, "项目资金（万元）").text(2, "年初预算数").text(3, "全年预算数").text(4, "全年执行数")
                .text(5, "分值").text(6, "执行率").text(7, "得分");
        Line total = new Line().text(1, "年度资金总额").number(2, f.initialBudget().wan())
                .number(3, f.annualBudget().wan(), UnreadableCell.Field.ANNUAL_BUDGET, -1)
                .number(4, f.expenditure().wan())
                .number(5, f.weight().points(), UnreadableCell.Field.EXECUTION_WEIGHT, -1);
        rate(total, f.printedRate());
        total.number(7, f.printedScore());
        String appropriation = layout.thisYearAppropriation() ? "其中：本年财政拨款" : "其中：当年财政拨款";
        new Line().text(1, appropriation).number(2, f.initialBudget().wan()).number(3, f.annualBudget().wan())
                .number(4, f.expenditure().wan()).text(5, "—").text(6, "—").text(7, "—");
        new Line().text(1, "上年结转资金").text(5, "—").text(6, "—").text(7, "—");
        Line last = new Line().text(1, "其他资金").text(5, "—").text(6, "—").text(7, "—");
        merge(header.index(), last.index(), 0, 0);
        if (layout.extraRows()) {
            blankRow();
            new Line().text(0, "注：金额单位为万元，执行率为全年执行数与全年预算数之比。");
        }
    }

    private void rate(Line line, BigDecimal percent) {
        if (percent == null) {
            return;
        }
        BigDecimal share = percent.movePointLeft(2);
        switch (layout.rate()) {
            case TEXT -> line.text(6, percent.setScale(2, RoundingMode.UNNECESSARY).toPlainString() + "%");
            case PERCENT_NUMBER -> line.percent(6, share);
            case SHARE -> line.number(6, share);
        }
    }

    private void goals() {
        Line header = new Line().text(0, "年度总体目标").text(1, "预期目标").across(1, 4).text(5, "实际完成情况").across(5, LAST_COLUMN);
        Line texts = new Line().text(1, form.expectedGoal()).across(1, 4).text(5, form.actualGoal()).across(5, LAST_COLUMN);
        merge(header.index(), texts.index(), 0, 0);
    }

    private void indicators() {
        Line header = new Line().text(-1, layout.leadingColumn() ? "序号" : null).text(0, "绩效指标").text(1, "一级指标")
                .text(2, "二级指标").text(3, "三级指标").text(4, "年度指标值").text(5, "实际完成值").text(6, "分值").text(7, "得分")
                .text(8, "偏差原因分析及改进措施");
        List<FormIndicator> all = form.indicators();
        Span first = new Span(1);
        Span second = new Span(2);
        int last = header.index();
        for (int k = 0; k < all.size(); k++) {
            FormIndicator i = all.get(k);
            FormIndicator previous = k == 0 ? null : all.get(k - 1);
            boolean newFirst = previous == null || !previous.path().get(0).equals(i.path().get(0));
            boolean newSecond = newFirst || !previous.path().get(1).equals(i.path().get(1));
            if (newFirst && previous != null && layout.extraRows()) {
                first.close();
                second.close();
                blankRow(); // between the groups, outside their merged cells
            }
            Line row = new Line().number(-1, layout.leadingColumn() ? BigDecimal.valueOf(k + 1) : null);
            first.at(row.index(), newFirst);
            second.at(row.index(), newSecond);
            if (newFirst || !layout.mergedLevels()) {
                row.text(1, firstLevel(i.path().get(0)));
            }
            if (newSecond || !layout.mergedLevels()) {
                row.text(2, i.path().get(1));
            }
            row.text(3, i.path().get(2)).text(4, i.target()).text(5, i.actual())
                    .number(6, i.weight().points(), UnreadableCell.Field.INDICATOR_WEIGHT, k)
                    .number(7, i.printedScore(), UnreadableCell.Field.INDICATOR_SCORE, k)
                    .text(8, i.explanation());
            last = row.index();
        }
        first.close();
        second.close();
        merge(header.index(), last, 0, 0);
    }

    /** The rows one level's name covers: one merged cell when the layout merges the levels. */
    private final class Span {
        private final int column;
        private int start = -1;
        private int end;

        Span(int column) {
            this.column = column;
        }

        void at(int row, boolean startsHere) {
            if (startsHere) {
                close();
                start = row;
            }
            end = row;
        }

        void close() {
            if (start >= 0 && layout.mergedLevels()) {
                merge(start, end, column, column);
            }
            start = -1;
        }
    }

    /** 产出指标, or 产出指标（50分） with the group's points. */
    private String firstLevel(String name) {
        if (!layout.pointsInFirstLevel()) {
            return name;
        }
        BigDecimal points = form.indicators().stream().filter(i -> i.path().get(0).equals(name))
                .map(i -> i.weight().points()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return name + "（" + points.stripTrailingZeros().toPlainString() + "分）";
    }

    private void total() {
        BigDecimal weights = form.indicators().stream().map(i -> i.weight().points())
                .reduce(form.funds().weight().points(), BigDecimal::add);
        new Line().text(0, "总分").across(0, 5).number(6, weights).number(7, form.printedTotal());
        if (layout.extraRows()) {
            blankRow();
            new Line().text(0, "填表人：李晓燕    联系电话：0354-3025716");
        }
    }
}
