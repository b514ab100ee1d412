package org.perfeval.evidence;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of evidence file accepted (佐证材料): documents, images, spreadsheets and archives. The
 * type is what the content is, found by {@link ContentInspector}; the name's extension only has to
 * agree with it.
 */
public enum FileType {
    PDF("application/pdf", Family.PDF, true, "pdf"),
    PNG("image/png", Family.IMAGE, true, "png"),
    JPEG("image/jpeg", Family.IMAGE, true, "jpg", "jpeg"),
    GIF("image/gif", Family.IMAGE, true, "gif"),
    WEBP("image/webp", Family.IMAGE, true, "webp"),
    BMP("image/bmp", Family.IMAGE, true, "bmp"),
    TIFF("image/tiff", Family.IMAGE, false, "tif", "tiff"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Family.WORD, false, "docx"),
    DOC("application/msword", Family.WORD, false, "doc", "wps"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Family.EXCEL, false, "xlsx"),
    XLS("application/vnd.ms-excel", Family.EXCEL, false, "xls", "et"),
    ZIP("application/zip", Family.ZIP, false, "zip");

    /** What a reader calls the type; a name claiming one family must not hold another. */
    enum Family {
        PDF("PDF"), IMAGE("图片"), WORD("Word 文档"), EXCEL("Excel 表格"), ZIP("zip 压缩包");

        private final String label;

        Family(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final String mediaType;
    private final Family family;
    private final boolean inline;
    private final Set<String> extensions;

    FileType(String mediaType, Family family, boolean inline, String... extensions) {
        this.mediaType = mediaType;
        this.family = family;
        this.inline = inline;
        this.extensions = Set.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    /** Browsers show it themselves (PDF and common images); everything else is downloaded. */
    public boolean inline() {
        return inline;
    }

    Family family() {
        return family;
    }

    /** Whether a name claiming this family may hold this type: its own family, or zip for an Office file (which is one). */
    boolean answersTo(Family claimed) {
        return claimed == family || claimed == Family.ZIP && (this == DOCX || this == XLSX);
    }

    /** The family a file name's extension claims, if it is one of ours. */
    static Optional<Family> claimedBy(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0 || dot == fileName.length() - 1) {
            return Optional.empty();
        }
        String ext = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (FileType t : values()) {
            if (t.extensions.contains(ext)) {
                return Optional.of(t.family);
            }
        }
        return Optional.empty();
    }

}
