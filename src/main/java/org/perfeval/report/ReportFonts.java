package org.perfeval.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The configured CJK faces ({@code PERFEVAL_CJK_FONT}, {@code PERFEVAL_CJK_HEADING_FONT}, see
 * {@link ReportTypefaces}) of PDF reports and process diagrams.
 */
@ApplicationScoped
public class ReportFonts {

    @Inject
    @ConfigProperty(name = ReportTypefaces.BODY_SETTING)
    Optional<String> setting;

    @Inject
    @ConfigProperty(name = ReportTypefaces.HEADING_SETTING)
    Optional<String> headingSetting;

    /** The body and heading faces, or empty when the server has none. */
    public Optional<ReportTypefaces> typefaces() {
        return ReportTypefaces.find(setting, headingSetting);
    }

    /** The body face (a one-face PDF such as the demo's evidence), or empty when the server has none. */
    public Optional<CjkFont> font() {
        return typefaces().map(ReportTypefaces::body);
    }

    /** The faces, or 503 with what to install (a PDF cannot be made without them). */
    public ReportTypefaces required() {
        return ReportTypefaces.require(setting, headingSetting);
    }

    /**
     * The family name for AWT drawing: the heading (sans) face, which reads better in the diagram's small labels;
     * AWT's sans-serif without a CJK font.
     */
    public String family() {
        return typefaces().map(t -> t.heading().family()).orElse("SansSerif");
    }
}
