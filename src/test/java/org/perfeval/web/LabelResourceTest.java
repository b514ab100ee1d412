package org.perfeval.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.perfeval.evaluation.CommentResponse;
import org.perfeval.evaluation.CommentSource;
import org.perfeval.evaluation.EvaluationStatus;
import org.perfeval.indicator.Formula;
import org.perfeval.indicator.Funds;
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

/** The label bundles are complete in both languages and agree with the code they name. */
class LabelResourceTest {

    private static final Pattern USER_TASK = Pattern.compile("<userTask id=\"([^\"]+)\" name=\"([^\"]+)\"");
    private static final Pattern CJK = Pattern.compile("[\\u3000-\\u9fff\\uff00-\\uffef]");

    @Test
    void chineseAndEnglishHaveTheSameKeysAndEnglishHasNoChinese() {
        ResourceBundle zh = LabelResource.bundle(Locale.CHINESE);
        ResourceBundle en = LabelResource.bundle(Locale.ENGLISH);
        assertEquals(new HashSet<>(zh.keySet()), new HashSet<>(en.keySet()));
        for (String key : Collections.list(en.getKeys())) {
            assertFalse(en.getString(key).isBlank(), key);
            assertFalse(CJK.matcher(en.getString(key)).find(), key + " = " + en.getString(key));
            assertFalse(zh.getString(key).isBlank(), key);
        }
    }

    @Test
    void chineseLabelsAreTheOnesTheDomainUses() {
        JsonObject zh = LabelResource.labels(Locale.CHINESE);
        assertEquals("zh-CN", zh.getString("locale"));
        for (EvaluationStatus s : EvaluationStatus.values()) {
            assertEquals(s.label(), zh.getJsonObject("evaluationStatuses").getString(s.name()));
        }
        for (RectificationStatus s : RectificationStatus.values()) {
            assertEquals(s.label(), zh.getJsonObject("rectificationStatuses").getString(s.name()));
        }
        for (Formula f : Formula.values()) {
            assertEquals(f.label(), zh.getJsonObject("formulas").getString(f.name()));
            assertEquals(f.label(), zh.getJsonObject("ratios").getString(f.ratioKey()));
        }
        for (Level l : Level.values()) {
            assertEquals(l.label(), zh.getJsonObject("levels").getString(l.name()));
        }
        for (Grade g : Grade.values()) {
            assertEquals(g.label(), zh.getJsonObject("grades").getString(g.label()));
        }
        assertEquals(Set.copyOf(Funds.FIELDS), Set.copyOf(zh.getJsonObject("fundFields").keySet()));
        for (CommentSource c : CommentSource.values()) {
            assertEquals(c.label(), zh.getJsonObject("commentSources").getString(c.name()));
        }
        for (CommentResponse r : CommentResponse.values()) {
            assertEquals(r.label(), zh.getJsonObject("commentResponses").getString(r.name()));
        }
    }

    @Test
    void tasksAreTheUserTasksOfTheProcessesAndEachIsAHistoryAction() throws IOException {
        Map<String, String> bpmn = new LinkedHashMap<>();
        for (String process : List.of("evaluation", "rectification")) {
            Matcher m = USER_TASK.matcher(Files.readString(Path.of("processes", process + ".bpmn20.xml")));
            while (m.find()) {
                bpmn.put(m.group(1), m.group(2));
            }
        }
        assertEquals(new ArrayList<>(bpmn.keySet()), LabelResource.TASKS);
        JsonObject tasks = LabelResource.labels(Locale.CHINESE).getJsonObject("tasks");
        bpmn.forEach((key, name) -> assertEquals(name, tasks.getString(key)));
        assertTrue(LabelResource.ACTIONS.containsAll(LabelResource.TASKS));
    }

    @Test
    void englishWhenAskedForChineseOtherwise() {
        assertEquals(Locale.ENGLISH, LabelResource.locale(List.of(Locale.forLanguageTag("en-US"))));
        assertEquals(Locale.ENGLISH, LabelResource.locale(List.of(Locale.FRENCH, Locale.ENGLISH, Locale.CHINESE)));
        assertEquals(Locale.CHINESE, LabelResource.locale(List.of(Locale.forLanguageTag("zh-CN"), Locale.ENGLISH)));
        assertEquals(Locale.CHINESE, LabelResource.locale(List.of(Locale.FRENCH)));
        assertEquals(Locale.CHINESE, LabelResource.locale(List.of(new Locale("*"))));
        assertEquals(Locale.CHINESE, LabelResource.locale(List.of()));
        JsonObject en = LabelResource.labels(Locale.ENGLISH);
        assertEquals("en", en.getString("locale"));
        assertEquals("Scoring", en.getJsonObject("evaluationStatuses").getString("SCORING"));
        assertEquals("Good", en.getJsonObject("grades").getString("良"));
        assertEquals("Budget execution rate", en.getJsonObject("ratios").getString("budgetExecutionRate"));
    }

    @Test
    void organisationTypesRolesAndAuditActionsHaveTheirOwnWordsInBothLanguages() {
        for (Locale locale : List.of(Locale.CHINESE, Locale.ENGLISH)) {
            ResourceBundle b = LabelResource.bundle(locale);
            for (OrganisationType type : OrganisationType.values()) {
                assertTrue(b.containsKey("organisationType." + type.name()), locale + " " + type);
            }
            for (Role role : Role.values()) {
                assertTrue(b.containsKey("role." + role.name()), locale + " " + role);
            }
            for (String action : LabelResource.AUDIT_ACTIONS) {
                assertTrue(b.containsKey("action." + action), locale + " " + action);
            }
        }
        JsonObject zh = LabelResource.labels(Locale.CHINESE);
        assertEquals("评价机构", zh.getJsonObject("organisationTypes").getString("AGENCY"));
        assertEquals("系统管理员", zh.getJsonObject("roles").getString("ADMIN"));
        assertEquals("重置密码", zh.getJsonObject("auditActions").getString("user.resetPassword"));
        assertEquals("Password reset", LabelResource.labels(Locale.ENGLISH).getJsonObject("auditActions")
                .getString("user.resetPassword"));
    }

    /** The self-evaluation review's codes have words in both languages, none left as the bare code. */
    @Test
    void selfEvaluationCodesHaveWordsInBothLanguages() {
        Map<String, List<? extends Enum<?>>> groups = Map.of("batchStatuses", List.of(BatchStatus.values()),
                "assignmentStatuses", List.of(AssignmentStatus.values()), "flags", List.of(FlagCode.values()),
                "selectionReasons", List.of(SelectionReason.values()),
                "atMostScorings", List.of(ReviewRules.AtMostScoring.values()));
        for (Locale locale : List.of(Locale.CHINESE, Locale.ENGLISH)) {
            JsonObject labels = LabelResource.labels(locale);
            groups.forEach((group, codes) -> {
                assertEquals(codes.size(), labels.getJsonObject(group).size(), locale + " " + group);
                codes.forEach(c -> assertFalse(labels.getJsonObject(group).getString(c.name()).equals(c.name()),
                        locale + " " + group + " " + c));
            });
        }
        JsonObject zh = LabelResource.labels(Locale.CHINESE);
        assertEquals("已审核", zh.getJsonObject("batchStatuses").getString("CHECKED"));
        assertEquals("已办结", zh.getJsonObject("batchStatuses").getString("CLOSED"));
        assertEquals("指标得分偏高", zh.getJsonObject("flags").getString("SCORE_OVERSTATED"));
        assertEquals("Score overstated", LabelResource.labels(Locale.ENGLISH).getJsonObject("flags").getString("SCORE_OVERSTATED"));
    }

    /** The audit trail's actions: an evaluation's (commission, claims, status, each task) and the administrator's. */
    @Test
    void auditActionsAreTheOnesTheCodeRecords() throws IOException {
        assertTrue(LabelResource.AUDIT_ACTIONS.containsAll(LabelResource.TASKS));
        assertTrue(LabelResource.AUDIT_ACTIONS.containsAll(List.of("commission", "claim", "status", "settings")));
        // the administrator's actions are written as literals such as "user.disable" where they are recorded
        Pattern literal = Pattern.compile("\"((?:organisation|conflict|user|rectification|selfEvaluation)\\.[a-z][A-Za-z]*)\"");
        Set<String> recorded = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    recorded.add(m.group(1));
                }
            }
        }
        assertFalse(recorded.isEmpty());
        assertEquals(recorded, new TreeSet<>(LabelResource.AUDIT_ACTIONS.stream().filter(a -> a.contains(".")).toList()));
    }
}
