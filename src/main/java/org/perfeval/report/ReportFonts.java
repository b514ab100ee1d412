package org.perfeval.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The one configured CJK font ({@code PERFEVAL_CJK_FONT}) of PDF reports and process diagrams. */
@ApplicationScoped
public class ReportFonts {

    @Inject
    @ConfigProperty(name = CjkFont.SETTING)
    Optional<String> setting;

    /** The font, or empty when the server has none (a diagram then falls back to AWT's sans-serif). */
    public Optional<CjkFont> font() {
        return CjkFont.find(setting);
    }

    /** The font, or 503 with what to install (a PDF cannot be made without one). */
    public CjkFont required() {
        return CjkFont.require(setting);
    }

    /** The family name for AWT drawing; AWT's sans-serif without a CJK font. */
    public String family() {
        return font().map(CjkFont::family).orElse("SansSerif");
    }
}
