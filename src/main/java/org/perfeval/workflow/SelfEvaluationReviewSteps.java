package org.perfeval.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flowable.engine.delegate.DelegateExecution;
import org.perfeval.security.Role;
import org.perfeval.selfevaluation.OnSiteReviews;
import org.perfeval.selfevaluation.ReviewAssignment;

/**
 * What processes/self-evaluation-review.bpmn20.xml asks of the application: each agency's candidate
 * group and deadline (read from its assignment, so that the model needs no copies of them), the
 * reminder and escalation when the timers fire, publishing the results and closing the batch.
 */
@ApplicationScoped
@Named("selfEvaluationReviewSteps")
public class SelfEvaluationReviewSteps {

    /** How long before the deadline the agency is reminded: the same lead as a rectification's. */
    @Inject
    @ConfigProperty(name = "PERFEVAL_RECTIFICATION_REMINDER_LEAD", defaultValue = "P3D")
    Duration reminderLead;

    @Inject
    OnSiteReviews reviews;

    @Inject
    Clock clock;

    public String agencyGroup(Number assignmentId) {
        return Role.EVALUATOR.groupOf(assignment(assignmentId).agencyId());
    }

    public String dueAt(Number assignmentId) {
        return assignment(assignmentId).dueAt().toString();
    }

    public String remindAt(Number assignmentId) {
        Instant due = assignment(assignmentId).dueAt();
        Instant remind = due.minus(reminderLead);
        Instant now = Instant.now(clock);
        // a deadline closer than the lead: remind half-way instead of at once
        return (remind.isAfter(now) ? remind : now.plus(Duration.between(now, due).dividedBy(2))).toString();
    }

    public void remind(DelegateExecution execution) {
        reviews.remind(((Number) execution.getVariable("assignmentId")).longValue());
    }

    public void escalate(DelegateExecution execution) {
        reviews.escalate(((Number) execution.getVariable("assignmentId")).longValue());
    }

    /** Every agency's review approved: the departments may answer for the configured days. */
    public void publish(DelegateExecution execution) {
        int days = ((Number) execution.getVariable("answerDays")).intValue();
        Instant due = Instant.now(clock).plus(Duration.ofDays(days));
        execution.setVariable("answerDueAt", due.toString());
        reviews.publish(batchId(execution), due);
    }

    public void close(DelegateExecution execution) {
        reviews.close(batchId(execution), ProcessActor.current());
    }

    private ReviewAssignment assignment(Number id) {
        return reviews.assignment(id.longValue());
    }

    static long batchId(DelegateExecution execution) {
        return ((Number) execution.getVariable("batchId")).longValue();
    }
}
