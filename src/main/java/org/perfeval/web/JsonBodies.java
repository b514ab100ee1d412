package org.perfeval.web;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.perfeval.json.Json;

/**
 * Reads request bodies ourselves, so that malformed JSON is a clear 400 and never a 500, and
 * strictly: one object and nothing after it, no key twice in an object (a reader that kept the
 * first or the last of two would be guessing what the client meant).
 */
final class JsonBodies {

    private static final JsonParserFactory PARSERS = JsonProvider.provider().createParserFactory(Map.of());
    /** Deeper than any payload of the API; the parser's own guard (1,000) fails with a bare RuntimeException. */
    static final int MAX_DEPTH = 100;

    private JsonBodies() {
    }

    static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            throw new MalformedJsonException("请求体为空，应为 JSON 对象 (empty body: a JSON object is expected)");
        }
        try {
            checkStructure(body);
            return Json.object(body);
        } catch (JsonParsingException e) {
            var at = e.getLocation();
            throw new MalformedJsonException("JSON 格式错误" + (at == null ? "" : "，第" + at.getLineNumber() + "行第"
                    + at.getColumnNumber() + "列") + " (malformed JSON)");
        } catch (JsonException | IllegalStateException e) {
            throw new MalformedJsonException("JSON 格式错误 (malformed JSON)");
        }
    }

    private static void checkStructure(String body) {
        try (JsonParser parser = PARSERS.createParser(new StringReader(body))) {
            Deque<Set<String>> open = new ArrayDeque<>();
            boolean first = true;
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (first && event != JsonParser.Event.START_OBJECT) {
                    throw new MalformedJsonException("请求体应为 JSON 对象 (a JSON object is expected)");
                }
                first = false;
                switch (event) {
                    case START_OBJECT, START_ARRAY -> {
                        if (open.size() == MAX_DEPTH) {
                            throw new MalformedJsonException("JSON 嵌套超过" + MAX_DEPTH + "层 (nested more than "
                                    + MAX_DEPTH + " levels deep)");
                        }
                        open.push(new HashSet<>());
                    }
                    case END_OBJECT, END_ARRAY -> {
                        open.pop();
                        if (open.isEmpty() && parser.hasNext()) {
                            throw new MalformedJsonException("JSON 对象之后还有内容 (content after the JSON object)");
                        }
                    }
                    case KEY_NAME -> {
                        if (!open.peek().add(parser.getString())) {
                            throw new MalformedJsonException("JSON 对象中的键“" + parser.getString() + "”重复 (duplicate key)");
                        }
                    }
                    default -> {
                    }
                }
            }
        }
    }
}
