package org.perfeval.workflow.task;

import java.util.Arrays;
import org.perfeval.common.ConflictException;

/** The user tasks of processes/*.bpmn20.xml, each with its command and handler (a test holds the two together). */
public enum TaskKey {
    ACCEPT("accept"),
    SET_TARGETS("setTargets"),
    SUBMIT_DATA("submitData"),
    COLLECT_DATA("collectData"),
    SCORE("score"),
    DRAFT_REPORT("draftReport"),
    EXCHANGE_VIEWS("exchangeViews"),
    REVIEW("review"),
    RECTIFICATION_PLAN("rectificationPlan"),
    RECTIFICATION_EVIDENCE("rectificationEvidence"),
    VERIFY_RECTIFICATION("verifyRectification");

    private final String id;

    TaskKey(String id) {
        this.id = id;
    }

    /** The task definition key in the BPMN models and the API. */
    public String id() {
        return id;
    }

    /** The key of a task definition; a task this application has no handler for is a conflict (409), never a 500. */
    public static TaskKey of(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst()
                .orElseThrow(() -> new ConflictException("任务“" + id + "”无法通过本接口完成 (no handler for task " + id + ")"));
    }
}
