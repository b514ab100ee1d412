package org.perfeval.report;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A CJK face of what the server draws itself: the PDF report (OpenPDF embeds it) and the process diagram (AWT).
 * Which faces the reports use is configured in {@link ReportTypefaces}; Word reports name their typefaces for the
 * reader's machine and need none on the server.
 *
 * @param spec the font file as OpenPDF takes it: {@code file.ttc,index} for a face of a collection, or the file
 * @param family the face's family name, by which AWT (and Flowable's diagram generator) finds it
 */
public record CjkFont(String spec, String family) {

    /**
     * The setting that names the font file ({@code path.ttc,index}) of the body text (see {@link ReportTypefaces});
     * otherwise the first installed candidate.
     */
    public static final String SETTING = "PERFEVAL_CJK_FONT";

    /** AWT's logical sans-serif family, for a face AWT cannot read: Chinese may then come out as boxes. */
    private static final String AWT_FALLBACK = Font.SANS_SERIF;

    /** Reading a collection's names takes a while (wqy-zenhei: 0.1 s), so each file is read once. */
    private static final Map<String, String> FAMILIES = new ConcurrentHashMap<>();

    /** The font the setting names, or without a setting the first CJK font installed; empty when there is none. */
    public static Optional<CjkFont> find(Optional<String> setting) {
        return find(setting, ReportTypefaces.ANY);
    }

    /** The font the setting names, or without a setting the first of the candidates installed. */
    static Optional<CjkFont> find(Optional<String> setting, List<String> candidates) {
        List<String> specs = isSet(setting) ? List.of(setting.get().strip()) : candidates;
        return specs.stream()
                .filter(spec -> Files.isReadable(file(spec)))
                .findFirst()
                .map(spec -> new CjkFont(spec, FAMILIES.computeIfAbsent(spec, CjkFont::readFamily)));
    }

    static boolean isSet(Optional<String> setting) {
        return setting.filter(v -> !v.isBlank()).isPresent();
    }

    /** The font for a PDF report, which cannot be produced without one. */
    public static CjkFont require(Optional<String> setting) {
        return find(setting).orElseThrow(() -> new ReportUnavailableException(ReportTypefaces.NO_FONT));
    }

    public Path file() {
        return file(spec);
    }

    private static Path file(String spec) {
        return Path.of(spec.contains(",") ? spec.substring(0, spec.lastIndexOf(',')) : spec);
    }

    private static int face(String spec) {
        return spec.contains(",") ? Integer.parseInt(spec.substring(spec.lastIndexOf(',') + 1).strip()) : 0;
    }

    /**
     * The face's English family name. The face is also registered with AWT, so that the diagram finds a font
     * configured by path even when fontconfig does not know it.
     */
    private static String readFamily(String spec) {
        try {
            Font[] faces = Font.createFonts(file(spec).toFile());
            int index = face(spec);
            if (index < 0 || index >= faces.length) {
                return AWT_FALLBACK;
            }
            Font face = faces[index];
            GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(face);
            return face.getFamily(Locale.ENGLISH);
        } catch (IOException | FontFormatException | NumberFormatException e) {
            return AWT_FALLBACK;
        }
    }
}
