package org.perfeval.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.perfeval.common.ValidationException;

/** The type of an upload comes from its bytes; a name that claims another type, and zip bombs, are refused. */
class ContentInspectorTest {

    @TempDir
    Path dir;

    private Path file(byte[] bytes) throws IOException {
        return Files.write(Files.createTempFile(dir, "f", ".bin"), bytes);
    }

    private FileType inspect(byte[] bytes, String name) throws IOException {
        return ContentInspector.inspect(file(bytes), name, "file");
    }

    private String refusal(byte[] bytes, String name) throws IOException {
        Path f = file(bytes);
        ValidationException e = assertThrows(ValidationException.class, () -> ContentInspector.inspect(f, name, "file"));
        assertEquals("file", e.errors().get(0).path());
        assertTrue(e.errors().get(0).message().contains(name), "the message names the file: " + e.errors().get(0).message());
        return e.errors().get(0).message();
    }

    @Test
    void documentsImagesSpreadsheetsAndArchivesAreKnownByTheirBytes() throws IOException {
        assertEquals(FileType.PDF, inspect("%PDF-1.4\n%âãÏÓ\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), "决算.pdf"));
        assertEquals(FileType.PNG, inspect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0}, "照片.png"));
        assertEquals(FileType.JPEG, inspect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0}, "照片.jpg"));
        assertEquals(FileType.GIF, inspect("GIF89a....".getBytes(), "图.gif"));
        assertEquals(FileType.DOCX, inspect(docx(), "纪要.docx"));
        assertEquals(FileType.XLSX, inspect(xlsx(), "报表.xlsx"));
        assertEquals(FileType.XLS, inspect(xls(), "报表.xls"));
        assertEquals(FileType.DOC, inspect(ole2("WordDocument"), "旧文档.doc"));
        assertEquals(FileType.ZIP, inspect(zip("a.txt", new byte[100]), "材料.zip"));
        assertEquals(FileType.PDF, inspect("%PDF-1.7\n".getBytes(), "no-extension"), "a name without a known extension is fine");
        assertEquals(FileType.DOCX, inspect(docx(), "会议纪要.zip"), "a .docx is a zip too");
    }

    @Test
    void whatIsNotEvidenceIsRefusedNamingTheFile() throws IOException {
        byte[] exe = new byte[512];
        new Random(1).nextBytes(exe);
        exe[0] = 'M';
        exe[1] = 'Z';
        assertTrue(refusal(exe, "报告.pdf").contains("不是可接受的类型"));
        assertTrue(refusal(new byte[0], "空.pdf").contains("空文件"));
        assertTrue(refusal(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, "照片.pdf").contains("内容是图片"));
        assertTrue(refusal(docx(), "表.xlsx").contains("扩展名表示Excel 表格"));
        assertTrue(refusal(ole2("Something"), "旧.doc").contains("不是 Word 或 Excel"));
        assertTrue(refusal(ole2("EncryptedPackage"), "加密.docx").contains("加密"));
        assertTrue(refusal(zip(), "空包.zip").contains("空的压缩包"));
        byte[] cut = java.util.Arrays.copyOf(zip("a.txt", new byte[5000]), 60);
        assertTrue(refusal(cut, "残缺.zip").contains("zip"));
        assertTrue(refusal("<svg onload=alert(1)>".getBytes(), "图.svg").contains("不是可接受的类型"), "no SVG (script)");
    }

    @Test
    void zipBombsAreRefusedWhetherFlatOrNested() throws IOException {
        byte[] flat = zip("zeros.bin", new byte[200 * 1024 * 1024]);
        assertTrue(flat.length < 1024 * 1024, "it is a bomb: " + flat.length + " bytes");
        assertTrue(refusal(flat, "材料.zip").contains("压缩炸弹"));
        // an inner archive of moderate ratio whose own entries then explode
        byte[] inner = zip("zeros.bin", new byte[100 * 1024 * 1024]);
        ByteArrayOutputStream outer = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(outer)) {
            for (int i = 0; i < 10; i++) {
                z.putNextEntry(new ZipEntry("part" + i + ".zip"));
                z.write(inner);
                z.closeEntry();
            }
        }
        assertTrue(refusal(outer.toByteArray(), "套娃.zip").contains("压缩炸弹"));
        ByteArrayOutputStream many = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(many)) {
            for (int i = 0; i <= ContentInspector.MAX_ENTRIES; i++) {
                z.putNextEntry(new ZipEntry("f" + i));
                z.closeEntry();
            }
        }
        assertTrue(refusal(many.toByteArray(), "条目.zip").contains("条目过多"));
        // a real archive of ordinary documents passes
        byte[] text = "预算绩效管理办法 第一条 ……\n".repeat(20_000).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(FileType.ZIP, inspect(zip("办法.txt", text), "制度汇编.zip"));
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(name));
            z.write(content);
            z.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] zip() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ZipOutputStream(out).close();
        return out.toByteArray();
    }

    private static byte[] docx() throws IOException {
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            d.createParagraph().createRun().setText("会议纪要");
            d.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] xlsx() throws IOException {
        try (XSSFWorkbook w = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            w.createSheet("决算").createRow(0).createCell(0).setCellValue(27.52);
            w.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] xls() throws IOException {
        try (HSSFWorkbook w = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            w.createSheet("决算").createRow(0).createCell(0).setCellValue(27.52);
            w.write(out);
            return out.toByteArray();
        }
    }

    /** An OLE2 container with one stream of this name (how old Word files and encrypted OOXML look). */
    private static byte[] ole2(String stream) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[4096]), stream);
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

}
