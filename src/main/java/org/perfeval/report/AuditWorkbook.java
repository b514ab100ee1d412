package org.perfeval.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.perfeval.audit.AuditEntry;
import org.perfeval.audit.AuditState;

/**
 * The audit trail as an .xlsx sheet (审计记录), one row per entry, times in the configured zone.
 * Written as a stream (a window of rows in memory), since a year's trail is long; every text goes
 * through {@link TextCells}, because the facts are what users typed.
 */
public final class AuditWorkbook {

    private static final String[] HEADERS = {"序号", "时间", "操作人", "来源地址", "操作", "对象", "评价任务", "变更前", "变更后", "哈希"};

    private AuditWorkbook() {
    }

    public static byte[] export(List<AuditEntry> entries, ZoneId zone) {
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(zone);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            TextCells text = new TextCells(wb);
            Sheet sheet = wb.createSheet("审计记录");
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            Row head = sheet.createRow(0);
            for (int c = 0; c < HEADERS.length; c++) {
                text.write(head, c, HEADERS[c]).setCellStyle(header);
            }
            int r = 1;
            for (AuditEntry e : entries) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(e.id());
                text.write(row, 1, time.format(e.at()));
                text.write(row, 2, e.actor());
                text.write(row, 3, e.address() == null ? "" : e.address());
                text.write(row, 4, e.action());
                text.write(row, 5, e.target());
                if (e.evaluationId() != null) {
                    row.createCell(6).setCellValue(e.evaluationId());
                }
                text.write(row, 7, lines(e.before()));
                text.write(row, 8, lines(e.after()));
                text.write(row, 9, e.hash());
            }
            sheet.createFreezePane(0, 1);
            wb.write(out);
            wb.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String lines(AuditState state) {
        return state.facts().entrySet().stream().map(f -> f.getKey() + "：" + f.getValue()).collect(Collectors.joining("\n"));
    }
}
