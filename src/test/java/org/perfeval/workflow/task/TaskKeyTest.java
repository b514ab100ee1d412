package org.perfeval.workflow.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.perfeval.common.ConflictException;

/** The task keys, the user tasks of the BPMN models and the handlers are the same set, each way. */
class TaskKeyTest {

    private static final Pattern USER_TASK = Pattern.compile("<userTask\\s+id=\"([^\"]+)\"");

    @Test
    void everyUserTaskHasAKeyAndEveryKeyAUserTask() throws Exception {
        Set<String> userTasks = new TreeSet<>();
        try (Stream<Path> models = Files.list(Path.of("processes"))) {
            // the self-evaluation review's tasks are moved by its own endpoints, not through the evaluations' inbox
            for (Path model : models.filter(p -> p.toString().endsWith(".bpmn20.xml")
                    && !p.getFileName().toString().startsWith("self-evaluation-review")).toList()) {
                Matcher m = USER_TASK.matcher(Files.readString(model));
                while (m.find()) {
                    userTasks.add(m.group(1));
                }
            }
        }
        Set<String> keys = Arrays.stream(TaskKey.values()).map(TaskKey::id).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(userTasks, keys);
    }

    @Test
    void everyKeyHasExactlyOneHandler() throws Exception {
        Map<TaskKey, String> handlers = new EnumMap<>(TaskKey.class);
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.perfeval");
        for (JavaClass c : classes) {
            if (c.isAssignableTo(TaskHandler.class) && !c.isInterface()) {
                TaskHandler<?> h = (TaskHandler<?>) Class.forName(c.getName()).getDeclaredConstructor().newInstance();
                String before = handlers.put(h.key(), c.getSimpleName());
                assertEquals(null, before, () -> h.key() + " has two handlers");
            }
        }
        assertEquals(Set.of(TaskKey.values()), handlers.keySet());
    }

    @Test
    void aTaskWithoutHandlerIsAConflictNotAServerError() {
        var e = assertThrows(ConflictException.class, () -> TaskKey.of("auditReport"));
        assertTrue(e.getMessage().contains("auditReport"));
        var none = new TaskHandlers();
        assertThrows(ConflictException.class,
                () -> none.handle(new TaskCommand.Review(true, null), new TaskContext(null, Map.of(), null)));
    }

    @Test
    void aNoNeedsAReasonNamingItsField() {
        var e = assertThrows(org.perfeval.common.ValidationException.class,
                () -> new ReviewHandler().handle(new TaskCommand.Review(false, " "), new TaskContext(null, Map.of(), null)));
        assertEquals("comments", e.errors().get(0).path());
        var finished = new org.perfeval.evaluation.Evaluation("t", 2022, org.perfeval.evaluation.EvaluationKind.DEPARTMENT,
                new org.perfeval.security.Organisation("d", org.perfeval.security.OrganisationType.DEPARTMENT),
                new org.perfeval.security.Organisation("a", org.perfeval.security.OrganisationType.AGENCY),
                new org.perfeval.security.Organisation("b", org.perfeval.security.OrganisationType.BUREAU),
                java.time.LocalDate.of(2027, 1, 1), java.time.Instant.EPOCH);
        finished.reviseDraft(java.util.List.of(org.perfeval.evaluation.DraftItem.titled("问题")),
                java.util.List.of(org.perfeval.evaluation.DraftItem.titled("建议")),
                new org.perfeval.evaluation.ReportSections("摘要", "概况", "经验"));
        assertEquals(Map.of("approved", true), new ReviewHandler().handle(new TaskCommand.Review(true, null),
                new TaskContext(finished, Map.of(), null)).variables());
    }
}
