package org.perfeval.json;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonException;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.perfeval.common.FieldError;
import org.perfeval.common.ValidationException;
import org.perfeval.selfevaluation.FormFileReader;
import org.perfeval.selfevaluation.FormSheet;
import org.perfeval.selfevaluation.SelfEvaluationForm;
import org.perfeval.selfevaluation.UploadKind;

/**
 * Forms in JSON, {@code {"forms": [...]}} (forms/FORMAT.md, As JSON) or the array alone, parsed as a stream: one form
 * at a time is in memory, however long the array. A form with problems is listed with them
 * ({@code forms[3].funds.annualBudget}) and the rest go on.
 */
@ApplicationScoped
public class JsonFormFiles implements FormFileReader {

    private static final JsonProvider PROVIDER = JsonProvider.provider();

    @Override
    public UploadKind kind() {
        return UploadKind.JSON;
    }

    @Override
    public int count(Path file, String name) {
        int[] n = {0};
        walk(file, parser -> {
            parser.skipObject();
            n[0]++;
        });
        return n[0];
    }

    @Override
    public void read(Path file, String name, Path workDirectory, Consumer<FormSheet.Reading> each) {
        int[] index = {0};
        walk(file, parser -> {
            String at = "forms[" + index[0]++ + "]";
            List<FieldError> errors = new ArrayList<>();
            SelfEvaluationForm form = SelfEvaluationFormJson.read(parser.getValue(), at, errors);
            each.accept(new FormSheet.Reading(at, errors.isEmpty() ? form : null, errors));
        });
    }

    /** Calls {@code atForm} with the parser on each element of the forms array (it must consume the element). */
    private static void walk(Path file, Consumer<JsonParser> atForm) {
        try (InputStream in = Files.newInputStream(file); JsonParser parser = PROVIDER.createParser(in)) {
            JsonParser.Event first = parser.hasNext() ? parser.next() : null;
            if (first == JsonParser.Event.START_ARRAY) {
                // the forms alone, as forms/sample.json holds them
                forms(parser, atForm);
                return;
            }
            if (first != JsonParser.Event.START_OBJECT) {
                throw invalid("应为对象 {\"forms\": [...]}");
            }
            boolean found = false;
            while (parser.hasNext()) {
                JsonParser.Event e = parser.next();
                if (e == JsonParser.Event.END_OBJECT) {
                    break;
                }
                String key = parser.getString();
                JsonParser.Event value = parser.next();
                if (!key.equals("forms")) {
                    if (value == JsonParser.Event.START_OBJECT) {
                        parser.skipObject();
                    } else if (value == JsonParser.Event.START_ARRAY) {
                        parser.skipArray();
                    }
                    continue;
                }
                if (value != JsonParser.Event.START_ARRAY) {
                    throw invalid("forms 应为自评表的数组");
                }
                found = true;
                forms(parser, atForm);
            }
            if (!found) {
                throw invalid("缺少 forms（自评表的数组）");
            }
        } catch (JsonParsingException e) {
            throw invalid("不是有效的 JSON（第" + e.getLocation().getLineNumber() + "行第" + e.getLocation().getColumnNumber()
                    + "列）");
        } catch (JsonException | java.util.NoSuchElementException e) {
            throw invalid("不是有效的 JSON");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void forms(JsonParser parser, Consumer<JsonParser> atForm) {
        for (JsonParser.Event item = parser.next(); item != JsonParser.Event.END_ARRAY; item = parser.next()) {
            if (item != JsonParser.Event.START_OBJECT) {
                throw invalid("forms 的每一项应为对象（一份自评表）");
            }
            atForm.accept(parser);
        }
    }

    private static ValidationException invalid(String message) {
        return ValidationException.of("forms", message);
    }
}
