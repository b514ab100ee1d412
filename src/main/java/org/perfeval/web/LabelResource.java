package org.perfeval.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.perfeval.evaluation.CommentResponse;
import org.perfeval.evaluation.CommentSource;
import org.perfeval.evaluation.EvaluationKind;
import org.perfeval.evaluation.EvaluationStatus;
import org.perfeval.indicator.Formula;
import org.perfeval.indicator.Level;
import org.perfeval.rectification.RectificationStatus;
import org.perfeval.scoring.Grade;
import org.perfeval.security.OrganisationType;
import org.perfeval.security.Role;
import org.perfeval.selfevaluation.AssignmentStatus;
import org.perfeval.selfevaluation.BatchStatus;
import org.perfeval.selfevaluation.FlagCode;
import org.perfeval.selfevaluation.ReviewRules;
import org.perfeval.selfevaluation.SelectionReason;

/**
 * The words the web UI shows for the codes of the API (statuses, history actions, fund fields,
 * formulas, levels, grades, task keys, kinds, the comment matrix's sources and responses, organisation types,
 * roles, audit actions; the self-evaluation review's batch and assignment statuses, desk-review flags,
 * selection reasons and scoring rules), in the language of {@code Accept-Language}: Chinese
 * unless English is asked for. The texts are in {@code i18n/labels*.properties}, so that the UI
 * keeps no copy of them.
 */
@Path("labels")
@Produces(MediaType.APPLICATION_JSON + ";charset=UTF-8")
@RolesAllowed({Roles.BUREAU, Roles.EVALUATOR, Roles.DEPARTMENT, Roles.ADMIN})
public class LabelResource {

    private static final jakarta.json.JsonBuilderFactory JSON = org.perfeval.json.Json.BUILDERS;
    private static final String BUNDLE = "i18n.labels";

    /** Fund fields in the order of the funds form (the same set as {@code Funds.FIELDS}). */
    static final List<String> FUND_FIELDS = List.of("initialBudget", "adjustedBudget", "expenditure",
            "basicExpenditure", "projectExpenditure", "procurementBudget", "procurementExecuted", "carryOver",
            "threePublicBudget", "threePublicActual");

    /** The user tasks of processes/*.bpmn20.xml in lifecycle order. */
    static final List<String> TASKS = List.of("accept", "setTargets", "submitData", "collectData", "score",
            "draftReport", "exchangeViews", "review", "rectificationPlan", "rectificationEvidence",
            "verifyRectification");

    /** What the history records: every task key and the steps the system takes by itself. */
    static final List<String> ACTIONS = List.of("commission", "claim", "status", "accept", "setTargets", "submitData",
            "collectData", "score", "scored", "draftReport", "exchangeViews", "review", "publish",
            "rectificationsOpened", "rectificationPlan", "rectificationEvidence", "verifyRectification", "overdue",
            "close");

    /**
     * What the audit trail records (its {@code action} field): the commission, claims, status changes
     * and every task of an evaluation, and the administrator's changes to the directory and accounts.
     */
    static final List<String> AUDIT_ACTIONS = java.util.stream.Stream.concat(
            java.util.stream.Stream.concat(java.util.stream.Stream.of("commission", "claim", "status", "settings"), TASKS.stream()),
            java.util.stream.Stream.of("organisation.add", "organisation.import", "organisation.edit",
                    "organisation.deactivate", "organisation.activate", "conflict.add", "user.add", "user.disable",
                    "user.enable", "user.resetPassword", "user.changePassword", "rectification.overdue", "uploadEvidence",
                    "replaceEvidence", "deleteEvidence", "selfEvaluation.create", "selfEvaluation.upload", "selfEvaluation.select",
                    "selfEvaluation.dispatch", "selfEvaluation.recheck", "selfEvaluation.submit", "selfEvaluation.approve",
                    "selfEvaluation.return", "selfEvaluation.answer", "selfEvaluation.close", "selfEvaluation.uploadEvidence",
                    "selfEvaluation.adjust")).toList();

    @Inject
    CurrentCaller caller;

    @Context
    HttpHeaders headers;

    @GET
    public Response labels() {
        caller.get();
        Locale locale = locale(headers.getAcceptableLanguages());
        return Response.ok(labels(locale)).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .header(HttpHeaders.CONTENT_LANGUAGE, tag(locale)).build();
    }

    /** English if the caller prefers it to Chinese, else Chinese (also for no header or {@code *}). */
    static Locale locale(List<Locale> acceptable) {
        return ErrorMessages.preferred(acceptable);
    }

    static String tag(Locale locale) {
        return Locale.ENGLISH.equals(locale) ? "en" : "zh-CN";
    }

    static ResourceBundle bundle(Locale locale) {
        // no fallback to the JVM's default locale: Chinese is the base bundle, English the only other
        return ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH.equals(locale) ? Locale.ENGLISH : Locale.ROOT,
                LabelResource.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static JsonObject labels(Locale locale) {
        ResourceBundle b = bundle(locale);
        return JSON.createObjectBuilder()
                .add("locale", tag(locale))
                .add("evaluationStatuses", map(b, "status.", List.of(EvaluationStatus.values()), Enum::name, Enum::name))
                .add("rectificationStatuses",
                        map(b, "rectification.", List.of(RectificationStatus.values()), Enum::name, Enum::name))
                .add("actions", map(b, "action.", ACTIONS, k -> k, k -> k))
                .add("fundFields", map(b, "fund.", FUND_FIELDS, k -> k, k -> k))
                .add("formulas", map(b, "formula.", List.of(Formula.values()), Enum::name, Enum::name))
                // a result's ratios are keyed like budgetExecutionRate and named like their formula
                .add("ratios", map(b, "formula.", List.of(Formula.values()), Formula::ratioKey, Enum::name))
                .add("levels", map(b, "level.", List.of(Level.values()), Enum::name, Enum::name))
                // the API's grade fields carry the Chinese grade (优, 良, ...): keyed by it
                .add("grades", map(b, "grade.", List.of(Grade.values()), Grade::label, Enum::name))
                .add("tasks", map(b, "task.", TASKS, k -> k, k -> k))
                .add("kinds", map(b, "kind.", List.of(EvaluationKind.values()), Enum::name, Enum::name))
                .add("commentSources", map(b, "commentSource.", List.of(CommentSource.values()), Enum::name, Enum::name))
                .add("commentResponses",
                        map(b, "commentResponse.", List.of(CommentResponse.values()), Enum::name, Enum::name))
                .add("organisationTypes",
                        map(b, "organisationType.", List.of(OrganisationType.values()), Enum::name, Enum::name))
                .add("roles", map(b, "role.", List.of(Role.values()), Enum::name, Enum::name))
                .add("auditActions", map(b, "action.", AUDIT_ACTIONS, k -> k, k -> k))
                .add("batchStatuses", map(b, "batchStatus.", List.of(BatchStatus.values()), Enum::name, Enum::name))
                .add("assignmentStatuses",
                        map(b, "assignmentStatus.", List.of(AssignmentStatus.values()), Enum::name, Enum::name))
                .add("flags", map(b, "flag.", List.of(FlagCode.values()), Enum::name, Enum::name))
                .add("selectionReasons", map(b, "selectionReason.", List.of(SelectionReason.values()), Enum::name, Enum::name))
                .add("atMostScorings",
                        map(b, "atMost.", List.of(ReviewRules.AtMostScoring.values()), Enum::name, Enum::name))
                .build();
    }

    private static <T> JsonObjectBuilder map(ResourceBundle b, String prefix, List<T> items, Function<T, String> key,
                                             Function<T, String> bundleKey) {
        JsonObjectBuilder o = JSON.createObjectBuilder();
        for (T item : items) {
            String k = bundleKey.apply(item);
            String text;
            try {
                text = b.getString(prefix + k);
            } catch (MissingResourceException missing) {
                text = k; // the code itself rather than no page (LabelResourceTest keeps the bundles complete)
            }
            o.add(key.apply(item), text);
        }
        return o;
    }
}
