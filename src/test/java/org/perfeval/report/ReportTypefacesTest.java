package org.perfeval.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Which faces the reports get from the settings and the fonts installed. */
class ReportTypefacesTest {

    private static final String UMING = "/usr/share/fonts/truetype/arphic/uming.ttc,0";
    private static final String WQY = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0";
    private static final String MISSING = "/nowhere/missing.ttc,0";

    /** Both Debian faces: .ci/run installs fonts-arphic-uming and fonts-wqy-zenhei and requires them. */
    static void assumeBothFaces() {
        boolean present = Files.isReadable(Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"))
                && Files.isReadable(Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"));
        if ("true".equals(System.getenv("PERFEVAL_REQUIRE_PREREQUISITES"))) {
            assertTrue(present, "fonts-arphic-uming and fonts-wqy-zenhei are required");
        }
        Assumptions.assumeTrue(present, "needs fonts-arphic-uming and fonts-wqy-zenhei");
    }

    @Test
    void bodyTextInUMingAndHeadingsInWenQuanYiZenHei() {
        assumeBothFaces();
        ReportTypefaces faces = ReportTypefaces.installed();
        assertEquals(new CjkFont(UMING, "AR PL UMing CN"), faces.body());
        assertEquals(new CjkFont(WQY, "WenQuanYi Zen Hei"), faces.heading());
        assertTrue(faces.distinct());
    }

    @Test
    void theSettingsNameTheFacesAndABlankSettingIsNone() {
        assumeBothFaces();
        ReportTypefaces swapped = ReportTypefaces.require(Optional.of(" " + WQY + " "), Optional.of(UMING));
        assertEquals(WQY, swapped.body().spec());
        assertEquals(UMING, swapped.heading().spec());
        // PERFEVAL_CJK_FONT alone names the body face; the heading face is still the Hei one installed
        ReportTypefaces bodyOnly = ReportTypefaces.require(Optional.of(UMING), Optional.of(""));
        assertEquals(UMING, bodyOnly.body().spec());
        assertEquals(WQY, bodyOnly.heading().spec());
    }

    @Test
    void oneFontInstalledServesBodyTextAndHeadings() {
        assumeBothFaces();
        ReportTypefaces onlyHei = ReportTypefaces.find(Optional.empty(), Optional.empty(), List.of(MISSING), List.of(WQY))
                .orElseThrow();
        assertEquals(ReportTypefaces.of(new CjkFont(WQY, "WenQuanYi Zen Hei")), onlyHei);
        assertFalse(onlyHei.distinct());
        ReportTypefaces onlySong = ReportTypefaces.find(Optional.empty(), Optional.empty(), List.of(UMING), List.of(MISSING))
                .orElseThrow();
        assertEquals(ReportTypefaces.of(new CjkFont(UMING, "AR PL UMing CN")), onlySong);
    }

    @Test
    void withoutAFontOrWithASettingNamingAMissingFileThereIsNone() {
        assertTrue(ReportTypefaces.find(Optional.empty(), Optional.empty(), List.of(MISSING), List.of(MISSING)).isEmpty());
        // a setting that names a missing file is a configuration to fix: no other face stands in
        assertTrue(ReportTypefaces.find(Optional.of(MISSING), Optional.empty()).isEmpty());
        assertTrue(ReportTypefaces.find(Optional.empty(), Optional.of(MISSING)).isEmpty());
        ReportUnavailableException e = assertThrows(ReportUnavailableException.class,
                () -> ReportTypefaces.require(Optional.empty(), Optional.of(MISSING)));
        assertTrue(e.getMessage().startsWith("服务器未安装中文字体"), e.getMessage());
        assertTrue(e.getMessage().contains(ReportTypefaces.HEADING_SETTING), e.getMessage());
    }

    @Test
    void theBeanGivesTheDiagramTheHeadingFaceAndOnePageDocumentsTheBodyFace() {
        assumeBothFaces();
        ReportFonts fonts = new ReportFonts();
        fonts.setting = Optional.empty();
        fonts.headingSetting = Optional.empty();
        assertEquals("WenQuanYi Zen Hei", fonts.family());
        assertEquals(Optional.of(new CjkFont(UMING, "AR PL UMing CN")), fonts.font());
        assertEquals(ReportTypefaces.installed(), fonts.required());
        fonts.headingSetting = Optional.of(MISSING);
        assertEquals("SansSerif", fonts.family(), "no faces: AWT's sans-serif");
        assertThrows(ReportUnavailableException.class, fonts::required);
    }

    @Test
    void wordNamesSongAndHeiForTheReadersMachine() {
        assertEquals("宋体", ReportTypefaces.WORD_BODY);
        assertEquals("黑体", ReportTypefaces.WORD_HEADING);
    }
}
