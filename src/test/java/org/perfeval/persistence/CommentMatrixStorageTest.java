package org.perfeval.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfeval.evaluation.CommentAnswer;
import org.perfeval.evaluation.CommentResponse;
import org.perfeval.evaluation.CommentSource;
import org.perfeval.evaluation.Evaluation;
import org.perfeval.evaluation.EvaluationDocument;
import org.perfeval.evaluation.EvaluationKind;
import org.perfeval.evaluation.ReviewComment;
import org.perfeval.security.Organisation;
import org.perfeval.security.OrganisationType;

/** The comment matrix goes through the document's converter and back unchanged; documents stored before it still load. */
class CommentMatrixStorageTest {

    private final EvaluationDocumentConverter converter = new EvaluationDocumentConverter();

    private static EvaluationDocument answeredAndOpen() {
        Evaluation e = new Evaluation("t", 2022, EvaluationKind.DEPARTMENT, new Organisation("d", OrganisationType.DEPARTMENT),
                new Organisation("a", OrganisationType.AGENCY), new Organisation("b", OrganisationType.BUREAU),
                LocalDate.of(2027, 1, 1), Instant.EPOCH);
        e.recordComments(CommentSource.EXCHANGE_OF_VIEWS, "department", Instant.parse("2023-09-11T02:00:00.123Z"),
                "1、预算调整系上级统筹收回资金所致，\n请在报告中说明\n2、<b>采购</b> & \"执行率\"");
        e.answerComments(List.of(new CommentAnswer(1, CommentResponse.PARTLY, "调整原因已补充", "已补充说明"),
                new CommentAnswer(2, CommentResponse.ADOPTED, null, null)));
        e.recordComments(CommentSource.BUREAU_REVIEW, "bureau", Instant.parse("2023-09-12T08:00:00Z"), "请复核政府采购执行率得分");
        return e.document();
    }

    @Test
    void theMatrixRoundTripsThroughTheConverter() {
        EvaluationDocument stored = answeredAndOpen();
        Object column = converter.convertToDatabaseColumn(stored);
        assertTrue(column.toString().contains("\"schemaVersion\":3"), column::toString);
        EvaluationDocument loaded = converter.convertToEntityAttribute(column);
        assertEquals(stored.comments(), loaded.comments());
        assertEquals(3, loaded.comments().size());
        ReviewComment open = loaded.comments().get(2);
        assertEquals(new ReviewComment(3, CommentSource.BUREAU_REVIEW, 1, "bureau", Instant.parse("2023-09-12T08:00:00Z"),
                "请复核政府采购执行率得分", null, null, null), open);
        assertEquals(stored, loaded);
    }

    @Test
    void aDocumentStoredBeforeTheMatrixLoadsWithNoComments() {
        String version1 = "{\"schemaVersion\":1,\"sheet\":{},\"evidence\":[{\"name\":\"决算.xlsx\"}],"
                + "\"result\":null,\"findings\":[{\"title\":\"预算调整率较大\"}],\"recommendations\":[],\"sections\":{}}";
        EvaluationDocument loaded = converter.convertToEntityAttribute(version1);
        assertEquals(List.of(), loaded.comments());
        assertEquals("预算调整率较大", loaded.findings().get(0).title());
        // written again, it is a version 2 document
        assertTrue(converter.convertToDatabaseColumn(loaded).toString().contains("\"comments\":[]"));
    }

    @Test
    void aDocumentOfALaterVersionIsNotGuessedAt() {
        var e = assertThrows(IllegalStateException.class, () -> converter.convertToEntityAttribute(
                "{\"schemaVersion\":4,\"sheet\":{},\"evidence\":[],\"findings\":[],\"recommendations\":[],\"sections\":{}}"));
        assertTrue(e.getMessage().contains("3"));
    }
}
