package org.perfeval.common;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import java.io.StringReader;
import java.io.StringWriter;

/** Reading and writing the JSON documents stored in the database. */
public final class Json {

    private Json() {
    }

    public static JsonObject object(String text) {
        if (text == null || text.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (var reader = jakarta.json.Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    public static JsonArray array(String text) {
        if (text == null || text.isBlank()) {
            return JsonValue.EMPTY_JSON_ARRAY;
        }
        try (var reader = jakarta.json.Json.createReader(new StringReader(text))) {
            return reader.readArray();
        }
    }

    public static String write(JsonStructure value) {
        StringWriter out = new StringWriter();
        try (JsonWriter writer = jakarta.json.Json.createWriter(out)) {
            writer.write(value);
        }
        return out.toString();
    }
}
