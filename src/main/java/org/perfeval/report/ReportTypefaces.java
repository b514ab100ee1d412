package org.perfeval.report;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The reports' typefaces, configured here and nowhere else. Chinese official documents set body text in a Song
 * (Ming) face and titles and headings in a Hei (sans) face.
 * <ul>
 * <li>PDF, drawn on the server with the faces embedded: the body face is the file {@code PERFEVAL_CJK_FONT} names,
 * else AR PL UMing (fonts-arphic-uming); the heading face the file {@code PERFEVAL_CJK_HEADING_FONT} names, else
 * WenQuanYi Zen Hei (fonts-wqy-zenhei) or Noto Sans CJK. With one CJK font installed, it serves both.</li>
 * <li>Word, drawn on the reader's machine: the names {@link #WORD_BODY} and {@link #WORD_HEADING}, which Word and
 * WPS find there; the server's fonts do not apply.</li>
 * </ul>
 *
 * @param body the face of body text, table cells and the cover's lines
 * @param heading the face of the title, headings, captions and table headers (and of the process diagram)
 */
public record ReportTypefaces(CjkFont body, CjkFont heading) {

    /** The body face's file ({@code path.ttc,index}); with only this setting, a missing heading face takes it. */
    public static final String BODY_SETTING = CjkFont.SETTING;
    /** The heading face's file ({@code path.ttc,index}). */
    public static final String HEADING_SETTING = "PERFEVAL_CJK_HEADING_FONT";

    /** Debian's Song (Ming) faces, tried in order. */
    static final List<String> SONG = List.of("/usr/share/fonts/truetype/arphic/uming.ttc,0");
    /** Debian's Hei (sans) faces, tried in order. */
    static final List<String> HEI = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2");
    /** Any face at all, Song first, when one face is wanted. */
    static final List<String> ANY = Stream.concat(SONG.stream(), HEI.stream()).toList();

    /** Word's East Asian face of body text and table cells. */
    public static final String WORD_BODY = "宋体";
    /** Word's East Asian face of titles, headings, captions and table headers. */
    public static final String WORD_HEADING = "黑体";
    /** Word's face of Latin letters and digits. */
    public static final String WORD_LATIN = "Times New Roman";

    /** What a server without a usable CJK font answers (503); ErrorMessages translates it by its start. */
    static final String NO_FONT = "服务器未安装中文字体，无法生成PDF（请安装 fonts-arphic-uming 和 fonts-wqy-zenhei，或将 "
            + BODY_SETTING + "、" + HEADING_SETTING + " 设为可读的字体文件）";

    /** One face for everything (a caller that has only one). */
    public static ReportTypefaces of(CjkFont face) {
        return new ReportTypefaces(face, face);
    }

    /**
     * The faces the settings name, else the Debian faces installed; empty when there is none, or when a setting
     * names a file that cannot be read (a configuration to fix, not to guess around).
     */
    public static Optional<ReportTypefaces> find(Optional<String> bodySetting, Optional<String> headingSetting) {
        return find(bodySetting, headingSetting, SONG, HEI);
    }

    /** As {@link #find(Optional, Optional)}, among the given candidates. */
    static Optional<ReportTypefaces> find(Optional<String> bodySetting, Optional<String> headingSetting,
                                          List<String> songCandidates, List<String> heiCandidates) {
        Optional<CjkFont> body = CjkFont.find(bodySetting, songCandidates);
        Optional<CjkFont> heading = CjkFont.find(headingSetting, heiCandidates);
        if (body.isEmpty() && CjkFont.isSet(bodySetting) || heading.isEmpty() && CjkFont.isSet(headingSetting)) {
            return Optional.empty();
        }
        Optional<CjkFont> bodyFace = body.or(() -> heading);
        Optional<CjkFont> headingFace = heading.or(() -> body);
        return bodyFace.map(b -> new ReportTypefaces(b, headingFace.orElseThrow()));
    }

    /** The faces for a PDF report, which cannot be produced without them (503). */
    public static ReportTypefaces require(Optional<String> bodySetting, Optional<String> headingSetting) {
        return find(bodySetting, headingSetting).orElseThrow(() -> new ReportUnavailableException(NO_FONT));
    }

    /** The installed faces, without settings (tests and tools). */
    public static ReportTypefaces installed() {
        return require(Optional.empty(), Optional.empty());
    }

    /** Whether the report has two faces, not one standing in for both. */
    public boolean distinct() {
        return !body.spec().equals(heading.spec());
    }
}
