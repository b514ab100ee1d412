package org.perfeval.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The names of uploads as written, and of downloads in Content-Disposition (RFC 6266 and 5987). */
class EvidenceHeadersTest {

    @Test
    void aChineseNameIsPercentEncodedInUtf8WithAnAsciiStandIn() {
        assertEquals("inline; filename=\"_______2022_.pdf\"; filename*=UTF-8''%E9%A2%84%E7%AE%97%E7%AE%A1%E7%90%86%E5%8A%9E%E6%B3%95"
                        + "%EF%BC%882022%EF%BC%89.pdf", ContentDispositions.of(true, "预算管理办法（2022）.pdf"));
        assertEquals("attachment; filename=\"a__b_.docx\"; filename*=UTF-8''a%22%20b%3B.docx",
                ContentDispositions.of(false, "a\" b;.docx"), "quotes and separators cannot break the header");
    }

    @Test
    void aNameSentAsRawUtf8IsReadAsWritten() {
        String mojibake = new String("预算.pdf".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        assertEquals("预算.pdf", UploadNames.asWritten(mojibake));
        assertEquals("预算.pdf", UploadNames.asWritten("预算.pdf"), "already decoded");
        assertEquals("résumé.pdf", UploadNames.asWritten("résumé.pdf"), "Latin-1 that is not UTF-8 stays");
        assertEquals("plain.pdf", UploadNames.asWritten("plain.pdf"));
    }
}
