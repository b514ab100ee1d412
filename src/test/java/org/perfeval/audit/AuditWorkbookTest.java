package org.perfeval.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.perfeval.report.AuditWorkbook;

class AuditWorkbookTest {

    @Test
    void userTextInTheTrailIsExportedAsQuotedTextAndTimesInTheConfiguredZone() throws Exception {
        String payload = "=cmd|' /C calc'!A0";
        AuditEvent event = new AuditEvent("@SUM(A1)", "-2+3", "organisation.add", "organisation:9", 12L, AuditState.NONE,
                new AuditState(Map.of("name", payload)));
        AuditEntry entry = new AuditEntry(1, Instant.parse("2026-11-30T16:30:00Z"), event, AuditChain.GENESIS);
        byte[] xlsx = AuditWorkbook.export(List.of(entry), ZoneId.of("Asia/Shanghai"));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheet("审计记录");
            Row row = sheet.getRow(1);
            assertEquals("2026-12-01 00:30:00", row.getCell(1).getStringCellValue(), "Beijing time, the next day");
            for (int c : new int[]{2, 3}) {
                Cell cell = row.getCell(c);
                assertEquals(CellType.STRING, cell.getCellType());
                assertTrue(cell.getCellStyle().getQuotePrefixed(), "column " + c + " must be quoted text");
            }
            assertEquals("@SUM(A1)", row.getCell(2).getStringCellValue());
            assertEquals("name：" + payload, row.getCell(8).getStringCellValue(), "facts start with their (our) key");
            assertEquals(CellType.STRING, row.getCell(8).getCellType());
            assertEquals(CellType.NUMERIC, row.getCell(0).getCellType());
            assertEquals(12, row.getCell(6).getNumericCellValue());
        }
    }
}
