package org.perfeval.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.perfeval.evaluation.EvaluationDocument;
import org.perfeval.json.EvaluationDocumentJson;
import org.perfeval.json.Json;

/**
 * The one converter between an evaluation's document and its column: versioned JSON text, a
 * {@code jsonb} column on PostgreSQL (the connection sends strings untyped, so the database casts
 * them) and a character column on H2. Applied to every {@link EvaluationDocument} attribute.
 */
@Converter(autoApply = true)
public class EvaluationDocumentConverter implements AttributeConverter<EvaluationDocument, Object> {

    @Override
    public Object convertToDatabaseColumn(EvaluationDocument document) {
        return document == null ? null : Json.write(EvaluationDocumentJson.write(document));
    }

    /** H2 gives the text as a String; PostgreSQL's driver a {@code PGobject} whose text is its {@code toString()}. */
    @Override
    public EvaluationDocument convertToEntityAttribute(Object column) {
        return column == null ? null : EvaluationDocumentJson.read(Json.object(column.toString()));
    }
}
