package org.perfeval.web;

import org.perfeval.common.Text;
import org.perfeval.common.ValidationException;

/** The {@code Idempotency-Key} header: absent, or 1 to 200 visible characters. */
final class IdempotencyKeys {

    private IdempotencyKeys() {
    }

    static String read(String header) {
        if (header == null) {
            return null;
        }
        String key = header.strip();
        if (key.isEmpty() || key.length() > 200 || Text.hasHiddenCharacters(key)) {
            throw ValidationException.of("Idempotency-Key", "请求头 Idempotency-Key 应为1至200个可见字符 (1 to 200 visible characters)");
        }
        return key;
    }
}
