package org.perfeval.web;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;

/** Reads request bodies ourselves, so that malformed JSON is a clear 400 and never a 500. */
final class JsonBodies {

    private JsonBodies() {
    }

    static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            throw new MalformedJsonException("请求体为空，应为 JSON 对象 (empty body: a JSON object is expected)");
        }
        try {
            JsonValue value = org.perfeval.json.Json.read(new StringReader(body));
            if (!(value instanceof JsonObject o)) {
                throw new MalformedJsonException("请求体应为 JSON 对象 (a JSON object is expected)");
            }
            return o;
        } catch (JsonParsingException e) {
            var at = e.getLocation();
            throw new MalformedJsonException("JSON 格式错误" + (at == null ? "" : "，第" + at.getLineNumber() + "行第"
                    + at.getColumnNumber() + "列") + " (malformed JSON)");
        } catch (JsonException e) {
            throw new MalformedJsonException("JSON 格式错误 (malformed JSON)");
        }
    }
}
