package org.perfeval.web;

import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition} for a file with a Chinese name: an ASCII stand-in for old clients
 * and the name itself, percent-encoded in UTF-8, as {@code filename*} (RFC 6266 with RFC 5987).
 */
final class ContentDispositions {

    private ContentDispositions() {
    }

    static String of(boolean inline, String name) {
        return (inline ? "inline" : "attachment") + "; filename=\"" + asciiStandIn(name) + "\"; filename*=UTF-8''"
                + percentEncoded(name);
    }

    /** Letters, digits and {@code .-_} kept, everything else (Chinese included) as an underscore. */
    static String asciiStandIn(String name) {
        StringBuilder out = new StringBuilder();
        for (char c : name.toCharArray()) {
            out.append(c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_') ? c : '_');
        }
        return out.toString();
    }

    /** RFC 5987's attr-char left as it is, every other byte of the UTF-8 encoding as %XX. */
    static String percentEncoded(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 128 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return out.toString();
    }
}
