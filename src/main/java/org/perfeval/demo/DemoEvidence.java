package org.perfeval.demo;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.perfeval.report.CjkFont;

/**
 * The few small evidence files the demo's seed evaluation carries (generated PDFs of a page), so
 * that a new user sees uploaded evidence, its preview and the indicators still without any at once.
 */
final class DemoEvidence {

    /** A file: its name, the lines of its page. */
    record Sample(String name, List<String> lines) {
    }

    static final Sample ACCOUNTS = new Sample("2022年部门决算报表.pdf", List.of(
            "晋中开发区新能源汽车园事业服务中心 2022年部门决算报表（摘要）",
            "财政拨款收入预算 44.84 万元，调整后预算数 27.52 万元，预算调整率 38.63%。",
            "财政拨款支出决算 27.52 万元，其中基本支出 10.35 万元，项目支出 17.17 万元，预算执行率 100%。",
            "（演示数据，由 PerfEval 生成）"));
    static final Sample PROCUREMENT = new Sample("2022年政府采购执行情况.pdf", List.of(
            "2022年政府采购执行情况表",
            "政府采购预算总额 5.22 万元，其中货物 1.2 万元、服务 4.02 万元。",
            "实际执行 1.56 万元，政府采购执行率 29.89%。",
            "（演示数据，由 PerfEval 生成）"));
    static final Sample PROJECT_LEDGER = new Sample("区内包扶项目台账.pdf", List.of(
            "2022年区内包扶项目台账",
            "区内包扶项目逐项登记：项目名称、包扶责任人、进度与验收情况。",
            "（演示数据，由 PerfEval 生成）"));
    static final Sample SATISFACTION = new Sample("入驻企业满意度调查汇总.pdf", List.of(
            "入驻企业满意度调查汇总",
            "入驻企业满意度问卷的发放、回收与汇总情况。",
            "（演示数据，由 PerfEval 生成）"));

    private DemoEvidence() {
    }

    /** One A4 page with the lines, in the server's CJK font when it has one. */
    static byte[] pdf(Sample sample, Optional<CjkFont> font) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4);
        try {
            PdfWriter.getInstance(doc, out);
            doc.open();
            Font text = font.isPresent()
                    ? new Font(BaseFont.createFont(font.get().spec(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED), 12)
                    : new Font(Font.HELVETICA, 12);
            for (String line : sample.lines()) {
                doc.add(new Paragraph(font.isPresent() ? line : "PerfEval demo evidence: " + sample.name().length(), text));
            }
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("demo evidence " + sample.name() + " not generated", e);
        } finally {
            doc.close();
        }
        return out.toByteArray();
    }
}
