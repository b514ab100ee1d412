package org.perfeval.workflow.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.perfeval.common.ValidationException;
import org.perfeval.evaluation.CommentAnswer;
import org.perfeval.evaluation.CommentResponse;
import org.perfeval.evaluation.CommentSource;
import org.perfeval.evaluation.DraftItem;
import org.perfeval.evaluation.Evaluation;
import org.perfeval.evaluation.EvaluationKind;
import org.perfeval.evaluation.ReportSections;
import org.perfeval.evaluation.ReviewComment;
import org.perfeval.security.Caller;
import org.perfeval.security.Organisation;
import org.perfeval.security.OrganisationType;
import org.perfeval.security.Role;

/** The tasks that fill the comment matrix (exchangeViews, review) and the one that answers it (draftReport). */
class CommentTasksTest {

    private static final Instant NOW = Instant.parse("2023-09-11T02:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));

    private final Evaluation evaluation = new Evaluation("t", 2022, EvaluationKind.DEPARTMENT,
            new Organisation("d", OrganisationType.DEPARTMENT), new Organisation("a", OrganisationType.AGENCY),
            new Organisation("b", OrganisationType.BUREAU), LocalDate.of(2027, 1, 1), Instant.EPOCH);

    {
        // a draft with every required part, as the evaluator's first draftReport leaves it
        evaluation.reviseDraft(List.of(DraftItem.titled("预算资金调整率较大")), List.of(DraftItem.titled("提高预算编制精准度")),
                new ReportSections("摘要", "部门概况", "主要经验和做法"));
    }

    private TaskContext as(String user, Role role) {
        return new TaskContext(evaluation, Map.of(), new Caller(user, user, role, 1, "org", null, false));
    }

    private TaskOutcome exchangeViews(boolean agree, String comments) {
        ExchangeViewsHandler handler = new ExchangeViewsHandler();
        handler.clock = CLOCK;
        return handler.handle(new TaskCommand.ExchangeViews(agree, comments), as("department", Role.DEPARTMENT));
    }

    private TaskOutcome review(boolean approved, String comments) {
        ReviewHandler handler = new ReviewHandler();
        handler.clock = CLOCK;
        return handler.handle(new TaskCommand.Review(approved, comments), as("bureau", Role.BUREAU));
    }

    private TaskOutcome draft(List<DraftItem> findings, List<CommentAnswer> answers) {
        return new DraftReportHandler().handle(new TaskCommand.DraftReport(findings, null, null, answers),
                as("evaluator", Role.EVALUATOR));
    }

    @Test
    void aDisagreementsCommentsBecomeRowsAnAgreementsDoNot() {
        exchangeViews(true, "同意，无其他意见");
        assertEquals(List.of(), evaluation.comments());
        TaskOutcome outcome = exchangeViews(false, "预算调整系上级统筹收回资金所致\n政府采购执行率低系项目延期所致");
        assertEquals(Map.of("agreed", false), outcome.variables());
        assertEquals(List.of(new ReviewComment(1, CommentSource.EXCHANGE_OF_VIEWS, 1, "department", NOW,
                        "预算调整系上级统筹收回资金所致", null, null, null),
                new ReviewComment(2, CommentSource.EXCHANGE_OF_VIEWS, 1, "department", NOW,
                        "政府采购执行率低系项目延期所致", null, null, null)), evaluation.comments());
    }

    @Test
    void anApprovalOfAReportWithAnEmptyRequiredPartIsRefusedNamingIt() {
        Evaluation unfinished = new Evaluation("t", 2022, EvaluationKind.PROJECT,
                new Organisation("d", OrganisationType.DEPARTMENT), new Organisation("a", OrganisationType.AGENCY),
                new Organisation("b", OrganisationType.BUREAU), LocalDate.of(2027, 1, 1), Instant.EPOCH);
        ReviewHandler handler = new ReviewHandler();
        handler.clock = CLOCK;
        var refused = assertThrows(ValidationException.class, () -> handler.handle(new TaskCommand.Review(true, null),
                new TaskContext(unfinished, Map.of(), new Caller("bureau", "bureau", Role.BUREAU, 1, "org", null, false))));
        assertEquals(List.of("sections.abstract", "sections.overview", "sections.experience", "findings", "recommendations"),
                refused.errors().stream().map(e -> e.path()).toList());
        assertTrue(refused.errors().get(1).message().contains("项目概况"), "a project's overview is its 项目概况");
        // a return needs no finished report
        assertEquals(Map.of("approved", false), handler.handle(new TaskCommand.Review(false, "请补充主要经验和做法"),
                new TaskContext(unfinished, Map.of(), new Caller("bureau", "bureau", Role.BUREAU, 1, "org", null, false))).variables());
    }

    @Test
    void aReturnsCommentsBecomeRowsAnApprovalsDoNot() {
        review(false, "请复核政府采购执行率的得分");
        review(true, "同意发布");
        assertEquals(1, evaluation.comments().size());
        assertEquals(CommentSource.BUREAU_REVIEW, evaluation.comments().get(0).source());
        assertEquals("bureau", evaluation.comments().get(0).author());
    }

    @Test
    void theDraftGoesOnOnlyWithEveryCommentAnsweredAndChangesNothingOtherwise() {
        exchangeViews(false, "1、预算调整\n2、政府采购");
        var refused = assertThrows(ValidationException.class,
                () -> draft(List.of(DraftItem.titled("新的问题")), List.of(new CommentAnswer(1, CommentResponse.ADOPTED, null, null))));
        assertEquals(List.of("responses"), refused.errors().stream().map(e -> e.path()).toList());
        assertEquals(List.of("预算资金调整率较大"), evaluation.findings().stream().map(DraftItem::title).toList(),
                "the refused draft left the findings alone");
        assertTrue(evaluation.comments().stream().allMatch(ReviewComment::isOpen), "and the comments");
        // every comment answered, but the problems all removed: refused too, the answers not kept
        var empty = assertThrows(ValidationException.class, () -> draft(List.of(), List.of(
                new CommentAnswer(1, CommentResponse.ADOPTED, null, null),
                new CommentAnswer(2, CommentResponse.NOT_ADOPTED, "执行率按预算口径计算", null))));
        assertEquals(List.of("findings"), empty.errors().stream().map(e -> e.path()).toList());
        assertTrue(evaluation.comments().stream().allMatch(ReviewComment::isOpen), "the answers of a refused draft are not kept");
        TaskOutcome outcome = draft(List.of(DraftItem.titled("新的问题")), List.of(
                new CommentAnswer(1, CommentResponse.ADOPTED, null, null),
                new CommentAnswer(2, CommentResponse.NOT_ADOPTED, "执行率按预算口径计算", null)));
        assertTrue(outcome.detail().endsWith("答复意见2条"), outcome.detail());
        assertEquals("新的问题", evaluation.findings().get(0).title());
        assertTrue(evaluation.comments().stream().noneMatch(ReviewComment::isOpen));
    }
}
