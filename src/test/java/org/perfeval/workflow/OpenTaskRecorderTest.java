package org.perfeval.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.perfeval.persistence.V10__OpenTasks;

/**
 * The inbox's table follows the engine: a row per candidate group when a task is created, the
 * assignee on claim, nothing left once the task is completed or its process deleted, and a
 * database that held open tasks before the table existed gets them copied by the migration.
 */
class OpenTaskRecorderTest {

    private ProcessEngine engine;

    @AfterEach
    void close() {
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void rowsFollowCreationClaimCompletionAndDeletion() throws SQLException {
        engine = ProcessTestEngine.withStandIn("open-tasks", new EvaluationProcessTest.Recorder(),
                ProcessEngineFactory::recordOpenTasks);
        migrate(dataSource());
        ProcessInstance p = engine.getRuntimeService().startProcessInstanceByKey("evaluation", "7",
                ProcessTestEngine.commissionVariables());
        Task accept = engine.getTaskService().createTaskQuery().processInstanceId(p.getId()).singleResult();
        assertEquals(List.of(accept.getId() + " evaluator:2 accept 接受委托（回避声明） 7 - due"), rows());

        engine.getTaskService().claim(accept.getId(), "ev1");
        assertEquals(List.of(accept.getId() + " evaluator:2 accept 接受委托（回避声明） 7 ev1 due"), rows());

        engine.getTaskService().complete(accept.getId(), Map.of("accepted", true));
        Task targets = engine.getTaskService().createTaskQuery().processInstanceId(p.getId()).singleResult();
        assertEquals(List.of(targets.getId() + " evaluator:2 setTargets 设定绩效目标 7 - due"), rows());

        engine.getTaskService().complete(targets.getId());
        List<String> data = rows();
        assertEquals(2, data.size(), data::toString);
        assertEquals(List.of("evaluator:2 collectData", "department:3 submitData"),
                data.stream().map(r -> r.split(" ")[1] + " " + r.split(" ")[2]).toList());

        engine.getRuntimeService().deleteProcessInstance(p.getId(), "cancelled");
        assertEquals(List.of(), rows());
    }

    @Test
    void migrationCopiesTheOpenTasksOfAnExistingDatabase() throws SQLException {
        engine = ProcessTestEngine.withStandIn("open-tasks-backfill", new EvaluationProcessTest.Recorder());
        ProcessInstance p = engine.getRuntimeService().startProcessInstanceByKey("evaluation", "7",
                ProcessTestEngine.commissionVariables());
        engine.getRuntimeService().startProcessInstanceByKey("evaluation", ProcessTestEngine.commissionVariables());
        Task accept = engine.getTaskService().createTaskQuery().processInstanceId(p.getId()).singleResult();
        engine.getTaskService().claim(accept.getId(), "ev1");

        migrate(dataSource());

        // the process without a business key belongs to no evaluation and is not in anyone's inbox
        assertEquals(List.of(accept.getId() + " evaluator:2 accept 接受委托（回避声明） 7 ev1 due"), rows());
    }

    private DataSource dataSource() {
        return engine.getProcessEngineConfiguration().getDataSource();
    }

    private static void migrate(DataSource dataSource) {
        Flyway.configure(OpenTaskRecorderTest.class.getClassLoader()).dataSource(dataSource).locations("classpath:db/none")
                .javaMigrations(new V10__OpenTasks()).table("pe_schema_history").baselineOnMigrate(true).baselineVersion("9")
                .load().migrate();
    }

    private List<String> rows() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select task_id, candidate_group, task_key, task_name, evaluation_id, assignee, due_at,"
                     + " created_at from pe_open_task order by candidate_group desc")) {
            while (r.next()) {
                rows.add(r.getString(1) + " " + r.getString(2) + " " + r.getString(3) + " " + r.getString(4) + " " + r.getLong(5)
                        + " " + (r.getString(6) == null ? "-" : r.getString(6)) + " " + (r.getTimestamp(7) == null ? "-" : "due"));
                if (r.getTimestamp(8) == null) {
                    throw new AssertionError("no creation time");
                }
            }
        }
        return rows;
    }
}
