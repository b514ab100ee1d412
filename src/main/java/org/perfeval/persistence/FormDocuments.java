package org.perfeval.persistence;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.perfeval.common.FieldError;
import org.perfeval.json.FormRecheckJson;
import org.perfeval.json.Json;
import org.perfeval.json.SelfEvaluationFormJson;
import org.perfeval.selfevaluation.FormRecheck;
import org.perfeval.selfevaluation.SelfEvaluationForm;

/**
 * The one converter between a stored self-evaluation form and its columns: the form's JSON (or, for
 * an unreadable one, its errors) and the agency's recheck, compressed, since a province's year is
 * tens of thousands of forms.
 */
final class FormDocuments {

    private FormDocuments() {
    }

    record Document(SelfEvaluationForm form, List<FieldError> errors) {
    }

    static byte[] writeRecheck(FormRecheck recheck) {
        return gzip(Json.write(FormRecheckJson.write(recheck)));
    }

    static FormRecheck readRecheck(byte[] column) {
        return column == null ? null : FormRecheckJson.stored(gunzip(column));
    }

    static byte[] write(SelfEvaluationForm form, List<FieldError> errors) {
        var b = Json.BUILDERS.createObjectBuilder();
        if (form != null) {
            b.add("form", SelfEvaluationFormJson.write(form));
        }
        var list = Json.BUILDERS.createArrayBuilder();
        errors.forEach(e -> list.add(Json.BUILDERS.createObjectBuilder().add("cell", e.path()).add("message", e.message())));
        b.add("errors", list);
        return gzip(Json.write(b.build()));
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
        try (Writer out = new OutputStreamWriter(new GZIPOutputStream(bytes), StandardCharsets.UTF_8)) {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static JsonObject gunzip(byte[] column) {
        try (var in = new InputStreamReader(new GZIPInputStream(new ByteArrayInputStream(column)), StandardCharsets.UTF_8)) {
            return (JsonObject) Json.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document read(byte[] column) {
        JsonObject o = gunzip(column);
        List<FieldError> errors = new ArrayList<>();
        o.getJsonArray("errors").forEach(v -> {
            JsonObject e = v.asJsonObject();
            errors.add(new FieldError(e.getString("cell"), e.getString("message")));
        });
        SelfEvaluationForm form = o.containsKey("form") ? SelfEvaluationFormJson.stored(o.getJsonObject("form")) : null;
        return new Document(form, errors);
    }
}
