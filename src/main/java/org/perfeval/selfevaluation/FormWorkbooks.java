package org.perfeval.selfevaluation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The forms of an .xlsx workbook, one per worksheet, read sheet by sheet with POI's streaming (SAX)
 * reader: only the sheet being read is in memory, however many forms the workbook holds. Each sheet
 * becomes a {@link FormSheet.Reading}; a sheet that cannot be read is one with errors, and the rest
 * of the workbook goes on.
 */
public final class FormWorkbooks {

    /**
     * Zip entries a workbook may have: one per sheet, and a workbook as large as a batch takes
     * ({@link FormBatches#MAX_WORKBOOK_BYTES}) holds some 24,000 forms of 25 indicators. POI's own
     * default, 1,000 entries, refused any workbook of more than about 990 forms as "not an xlsx workbook".
     */
    static final long MAX_ENTRIES = 30_000;

    static {
        // POI's limit is process-wide: only ever raised here, never lowered below what another reader set
        ZipSecureFile.setMaxFileCount(Math.max(ZipSecureFile.getMaxFileCount(), MAX_ENTRIES));
    }

    private FormWorkbooks() {
    }

    /** Reads the workbook file; {@code name} prefixes the sheets (预算单位.xlsx!自评表3) when not null. */
    public static void read(Path workbook, String name, Consumer<FormSheet.Reading> each) throws IOException {
        try (OPCPackage pkg = open(workbook)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            var styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    String sheetName = name == null ? sheets.getSheetName() : name + "!" + sheets.getSheetName();
                    FormSheet form = new FormSheet(sheetName);
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings, new Cells(form), formatter, false));
                    parser.parse(new InputSource(sheet));
                    each.accept(form.read());
                }
            }
        } catch (OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException("不是有效的 Excel (.xlsx) 文件 (not an xlsx workbook): " + e.getMessage(), e);
        }
    }

    /** The package, or an IOException when the file is no workbook (POI says so with runtime exceptions). */
    private static OPCPackage open(Path workbook) throws IOException {
        try {
            return OPCPackage.open(workbook.toFile(), PackageAccess.READ);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException | org.apache.poi.UnsupportedFileFormatException
                 | org.apache.poi.openxml4j.exceptions.InvalidOperationException e) {
            throw new IOException("不是有效的 Excel (.xlsx) 文件 (not an xlsx workbook): " + e.getMessage(), e);
        }
    }

    /** Hands each cell's shown text to the sheet. */
    private record Cells(FormSheet form) implements XSSFSheetXMLHandler.SheetContentsHandler {
        @Override
        public void startRow(int rowNum) {
        }

        @Override
        public void endRow(int rowNum) {
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            form.put(reference, formattedValue);
        }
    }
}
