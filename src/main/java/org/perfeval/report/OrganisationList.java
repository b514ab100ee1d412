package org.perfeval.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.perfeval.security.ListedOrganisation;

/**
 * Reads a directory list from the first sheet of a workbook, by its column labels wherever they
 * stand: 单位名称, 单位类型, 编码 (or 预算单位编码 / 统一社会信用代码) and 主管部门. Empty rows are skipped.
 */
public final class OrganisationList {

    private static final DataFormatter FORMATTER = new DataFormatter();

    static {
        // a computed cell (=TRIM(B2)) is read as what Excel last showed, not as its formula
        FORMATTER.setUseCachedValuesForFormulaCells(true);
    }
    private static final Map<String, String> LABELS = Map.of("单位名称", "name", "名称", "name", "单位类型", "type",
            "类型", "type", "编码", "code", "预算单位编码", "code", "统一社会信用代码", "code", "主管部门", "parentName");

    private OrganisationList() {
    }

    public static List<ListedOrganisation> read(byte[] xlsx) {
        try (Workbook wb = SafeWorkbooks.open(xlsx)) {
            Sheet sheet = wb.getSheetAt(0);
            int headerRow = -1;
            Map<String, Integer> columns = new HashMap<>();
            for (int r = 0; r <= Math.min(sheet.getLastRowNum(), 10) && headerRow < 0; r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                for (Cell cell : row) {
                    String field = LABELS.get(FORMATTER.formatCellValue(cell).strip());
                    if (field != null) {
                        columns.putIfAbsent(field, cell.getColumnIndex());
                    }
                }
                if (columns.containsKey("name")) {
                    headerRow = r;
                } else {
                    columns.clear();
                }
            }
            if (headerRow < 0 || !columns.containsKey("type")) {
                throw new UnreadableFileException("第一个工作表应有“单位名称”和“单位类型”两列 (columns 单位名称 and 单位类型 expected)");
            }
            List<ListedOrganisation> listed = new ArrayList<>();
            for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> values = new HashMap<>();
                Map<String, String> cells = new HashMap<>();
                for (var column : columns.entrySet()) {
                    Cell cell = row.getCell(column.getValue());
                    String text = cell == null ? "" : FORMATTER.formatCellValue(cell).strip();
                    if (!text.isEmpty()) {
                        values.put(column.getKey(), text);
                    }
                    cells.put(column.getKey(), sheet.getSheetName() + "!" + new CellReference(r, column.getValue()).formatAsString(false));
                }
                if (!values.isEmpty()) {
                    listed.add(new ListedOrganisation(values.get("name"), values.get("type"), values.get("code"),
                            values.get("parentName"), cells));
                }
            }
            return listed;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
