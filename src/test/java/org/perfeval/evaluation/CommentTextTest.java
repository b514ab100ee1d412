package org.perfeval.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A comments text becomes one row per point, each kept as written. */
class CommentTextTest {

    @Test
    void oneLineIsOneRow() {
        assertEquals(List.of("预算调整系上级统筹收回资金所致"), CommentText.items("  预算调整系上级统筹收回资金所致 \n"));
    }

    @Test
    void eachNonEmptyLineIsARow() {
        assertEquals(List.of("预算调整系上级统筹收回资金所致", "政府采购执行率低系项目延期所致"),
                CommentText.items("预算调整系上级统筹收回资金所致\r\n\r\n  政府采购执行率低系项目延期所致"));
    }

    @Test
    void aLineEndingInACommaOrColonRunsOn() {
        assertEquals(List.of("预算调整率较高，\n系上级统筹收回资金所致", "我单位意见：\n请核实采购执行率"),
                CommentText.items("预算调整率较高，\n系上级统筹收回资金所致\n我单位意见：\n请核实采购执行率"));
    }

    @Test
    void aNumberedListIsOneRowPerItemWithItsContinuationAndItsIntroduction() {
        String text = """
                对报告初稿有以下意见
                1、预算调整系上级统筹收回资金所致。
                请在报告中说明
                2. 政府采购执行率的分母应为2.5万元
                （3）第三部分表述不准确""";
        assertEquals(List.of("对报告初稿有以下意见\n1、预算调整系上级统筹收回资金所致。\n请在报告中说明",
                "2. 政府采购执行率的分母应为2.5万元", "（3）第三部分表述不准确"), CommentText.items(text));
    }

    @Test
    void chineseNumeralsAndCircledNumbersAreItemsButADecimalIsNot() {
        assertEquals(List.of("一、预算编制", "二、政府采购"), CommentText.items("一、预算编制\n二、政府采购"));
        assertEquals(List.of("①预算编制", "②政府采购"), CommentText.items("①预算编制\n②政府采购"));
        // a single numbered line is no list: the lines are the rows
        assertEquals(List.of("1、预算编制", "2.5万元为年中追加"), CommentText.items("1、预算编制\n2.5万元为年中追加"));
    }

    @Test
    void markupIsTextLikeAnyOther() {
        assertEquals(List.of("<script>alert(1)</script> & \"引号\""), CommentText.items("<script>alert(1)</script> & \"引号\""));
    }
}
