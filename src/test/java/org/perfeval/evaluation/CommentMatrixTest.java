package org.perfeval.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfeval.common.FieldError;
import org.perfeval.common.ValidationException;
import org.perfeval.security.Organisation;
import org.perfeval.security.OrganisationType;

/** The comment matrix: comments become numbered open rows, the evaluator's answers close them, all or nothing. */
class CommentMatrixTest {

    private static final Instant MONDAY = Instant.parse("2023-09-11T02:00:00Z");

    private static Evaluation withDepartmentComments() {
        Evaluation e = new Evaluation("t", 2022, EvaluationKind.DEPARTMENT, new Organisation("d", OrganisationType.DEPARTMENT),
                new Organisation("a", OrganisationType.AGENCY), new Organisation("b", OrganisationType.BUREAU),
                LocalDate.of(2027, 1, 1), Instant.EPOCH);
        e.recordComments(CommentSource.EXCHANGE_OF_VIEWS, "department", MONDAY,
                "1、预算调整系上级统筹收回资金所致\n2、政府采购执行率低系项目延期所致");
        return e;
    }

    private static List<String> paths(ValidationException e) {
        return e.errors().stream().map(FieldError::path).toList();
    }

    @Test
    void commentsBecomeOpenRowsNumberedOnWithTheirSourceAuthorAndRound() {
        Evaluation e = withDepartmentComments();
        assertEquals(List.of(
                new ReviewComment(1, CommentSource.EXCHANGE_OF_VIEWS, 1, "department", MONDAY, "1、预算调整系上级统筹收回资金所致",
                        null, null, null),
                new ReviewComment(2, CommentSource.EXCHANGE_OF_VIEWS, 1, "department", MONDAY, "2、政府采购执行率低系项目延期所致",
                        null, null, null)), e.comments());
        e.answerComments(List.of(new CommentAnswer(1, CommentResponse.ADOPTED, null, null),
                new CommentAnswer(2, CommentResponse.ADOPTED, null, null)));
        e.recordComments(CommentSource.BUREAU_REVIEW, "bureau", MONDAY, "请复核政府采购执行率得分");
        // the bureau's return ends round 1: what is said on the next draft belongs to round 2
        e.recordComments(CommentSource.EXCHANGE_OF_VIEWS, "department", MONDAY, "仍有异议");
        assertEquals(List.of(1, 2, 3, 4), e.comments().stream().map(ReviewComment::id).toList());
        assertEquals(List.of(1, 1, 1, 2), e.comments().stream().map(ReviewComment::round).toList());
        assertEquals(CommentSource.BUREAU_REVIEW, e.comments().get(2).source());
        assertTrue(e.comments().get(3).isOpen());
    }

    @Test
    void answersCloseTheRowsWithTheirExplanationAndResolution() {
        Evaluation e = withDepartmentComments();
        e.answerComments(List.of(new CommentAnswer(2, CommentResponse.NOT_ADOPTED, " 采购延期不影响执行率的计算口径 ", null),
                new CommentAnswer(1, CommentResponse.PARTLY, "调整原因已补充", "已在“存在的问题”中补充说明")));
        ReviewComment first = e.comments().get(0);
        assertEquals(CommentResponse.PARTLY, first.response());
        assertEquals("调整原因已补充", first.explanation());
        assertEquals("已在“存在的问题”中补充说明", first.resolution());
        assertEquals("采购延期不影响执行率的计算口径", e.comments().get(1).explanation());
        // while the report is a draft an answer may be revised
        e.answerComments(List.of(new CommentAnswer(2, CommentResponse.ADOPTED, null, "已修改评分")));
        assertEquals(CommentResponse.ADOPTED, e.comments().get(1).response());
        assertNull(e.comments().get(1).explanation());
    }

    @Test
    void partlyOrNotAdoptedNeedsAnExplanationNamedByItsPath() {
        Evaluation e = withDepartmentComments();
        var refused = assertThrows(ValidationException.class, () -> e.answerComments(List.of(
                new CommentAnswer(1, CommentResponse.ADOPTED, null, null),
                new CommentAnswer(2, CommentResponse.PARTLY, "  ", "已修改"))));
        assertEquals(List.of("responses[1].explanation"), paths(refused));
        assertTrue(e.comments().stream().allMatch(ReviewComment::isOpen), "a refused answer changes nothing");
        assertThrows(ValidationException.class, () -> e.answerComments(List.of(
                new CommentAnswer(1, CommentResponse.NOT_ADOPTED, null, null),
                new CommentAnswer(2, CommentResponse.ADOPTED, null, null))));
    }

    @Test
    void unknownAndTwiceAnsweredCommentsAreNamed() {
        Evaluation e = withDepartmentComments();
        var refused = assertThrows(ValidationException.class, () -> e.answerComments(List.of(
                new CommentAnswer(9, CommentResponse.ADOPTED, null, null),
                new CommentAnswer(1, CommentResponse.ADOPTED, null, null),
                new CommentAnswer(1, CommentResponse.NOT_ADOPTED, "理由", null),
                new CommentAnswer(2, CommentResponse.ADOPTED, null, null))));
        assertEquals(List.of("responses[0].commentId", "responses[2].commentId"), paths(refused));
        assertEquals("没有编号为9的意见", refused.errors().get(0).message());
    }

    @Test
    void aDraftWithOpenCommentsIsRefusedNamingEach() {
        Evaluation e = withDepartmentComments();
        var refused = assertThrows(ValidationException.class, () -> e.answerComments(List.of()));
        assertEquals(List.of(new FieldError("responses", "意见1尚未答复：1、预算调整系上级统筹收回资金所致"),
                new FieldError("responses", "意见2尚未答复：2、政府采购执行率低系项目延期所致")), refused.errors());
        var oneLeft = assertThrows(ValidationException.class, () -> e.answerComments(List.of(
                new CommentAnswer(2, CommentResponse.ADOPTED, null, null))));
        assertEquals(1, oneLeft.errors().size());
        assertTrue(oneLeft.errors().get(0).message().startsWith("意见1尚未答复"));
    }

    @Test
    void aLongOpenCommentIsQuotedShort() {
        Evaluation e = withDepartmentComments();
        e.answerComments(List.of(new CommentAnswer(1, CommentResponse.ADOPTED, null, null),
                new CommentAnswer(2, CommentResponse.ADOPTED, null, null)));
        e.recordComments(CommentSource.BUREAU_REVIEW, "bureau", MONDAY, "请".repeat(40) + "，\n第二行");
        var refused = assertThrows(ValidationException.class, () -> e.answerComments(List.of()));
        assertEquals("意见3尚未答复：" + "请".repeat(30) + "…", refused.errors().get(0).message());
    }

    @Test
    void noCommentsNeedNoAnswers() {
        Evaluation e = new Evaluation("t", 2022, EvaluationKind.PROJECT, new Organisation("d", OrganisationType.DEPARTMENT),
                new Organisation("a", OrganisationType.AGENCY), new Organisation("b", OrganisationType.BUREAU),
                LocalDate.of(2027, 1, 1), Instant.EPOCH);
        e.answerComments(List.of());
        assertEquals(List.of(), e.comments());
        assertEquals(List.of("responses[0].commentId"),
                paths(assertThrows(ValidationException.class, () -> e.answerComments(List.of(
                        new CommentAnswer(1, CommentResponse.ADOPTED, null, null))))));
    }
}
