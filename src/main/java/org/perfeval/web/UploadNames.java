package org.perfeval.web;

import jakarta.ws.rs.core.EntityPart;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The file name of an uploaded part as the client wrote it. Browsers and curl put the name's UTF-8
 * bytes straight into the part's header, which the multipart reader decodes as ISO-8859-1
 * (预算.pdf arrives as é¢\u0084ç®\u0097.pdf); such a name is decoded again as UTF-8 when its bytes
 * are valid UTF-8, and left as it is otherwise.
 */
final class UploadNames {

    private UploadNames() {
    }

    static String of(EntityPart part) {
        return part.getFileName().map(UploadNames::asWritten).orElse(null);
    }

    static String asWritten(String received) {
        boolean high = false;
        for (char c : received.toCharArray()) {
            if (c > 0xFF) {
                return received; // already decoded beyond Latin-1
            }
            high |= c >= 0x80;
        }
        if (!high) {
            return received;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(received.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException notUtf8) {
            return received;
        }
    }
}
