package org.perfeval.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.flowable.engine.impl.jobexecutor.BpmnHistoryCleanupJobHandler;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.job.api.Job;
import org.junit.jupiter.api.Test;

/**
 * The engine's own history cleaning as PerfEval configures it: the nightly job deletes the engine
 * history of processes that ended before the retention, and keeps that of processes that ended
 * since or still run. (PerfEval's own history, audit trail and reports are in its own tables,
 * which the engine does not know.)
 */
class EngineHistoryCleaningTest {

    private static final Instant START = Instant.parse("2027-01-04T08:00:00Z");

    @Test
    void theNightlyJobDeletesTheHistoryOfProcessesEndedBeforeTheRetentionOnly() {
        ProcessEngine engine = ProcessTestEngine.withStandIn("history-cleaning", new EvaluationProcessTest.Recorder(),
                cfg -> EngineHistoryCleaning.configure(cfg, Optional.of("P30D"), Optional.empty()));
        try {
            setClock(engine, START);
            ProcessInstance old = refused(engine, "1");
            setClock(engine, START.plus(Duration.ofDays(20)));
            ProcessInstance recent = refused(engine, "2");
            ProcessInstance running = engine.getRuntimeService().startProcessInstanceByKey("evaluation", "3",
                    ProcessTestEngine.commissionVariables());

            List<Job> timers = engine.getManagementService().createTimerJobQuery()
                    .handlerType(BpmnHistoryCleanupJobHandler.TYPE).list();
            assertEquals(1, timers.size(), "one repeating cleaning job, whatever the number of nodes");
            assertEquals(EngineHistoryCleaning.DEFAULT_CYCLE, engine.getProcessEngineConfiguration().getHistoryCleaningTimeCycleConfig());

            // 35 days after the first ended: only it is past the 30 days kept
            setClock(engine, START.plus(Duration.ofDays(35)));
            Job job = engine.getManagementService().moveTimerToExecutableJob(timers.get(0).getId());
            engine.getManagementService().executeJob(job.getId());
            runAsyncJobs(engine);

            var history = engine.getHistoryService();
            assertEquals(0, history.createHistoricProcessInstanceQuery().processInstanceId(old.getId()).count());
            assertEquals(0, history.createHistoricActivityInstanceQuery().processInstanceId(old.getId()).count());
            assertEquals(1, history.createHistoricProcessInstanceQuery().processInstanceId(recent.getId()).count());
            assertTrue(history.createHistoricActivityInstanceQuery().processInstanceId(recent.getId()).count() > 0);
            assertEquals(1, history.createHistoricProcessInstanceQuery().processInstanceId(running.getId()).count());
            assertEquals(1, engine.getManagementService().createTimerJobQuery()
                    .handlerType(BpmnHistoryCleanupJobHandler.TYPE).count(), "the job repeats");
        } finally {
            engine.close();
        }
    }

    @Test
    void offDisablesItAndABadRetentionStopsTheStartNamingTheSetting() {
        var cfg = new StandaloneInMemProcessEngineConfiguration();
        EngineHistoryCleaning.configure(cfg, Optional.of("off"), Optional.empty());
        assertFalse(cfg.isEnableHistoryCleaning());
        EngineHistoryCleaning.configure(cfg, Optional.empty(), Optional.of("0 30 3 * * ?"));
        assertTrue(cfg.isEnableHistoryCleaning());
        assertEquals(Duration.ofDays(365), cfg.getCleanInstancesEndedAfter());
        assertEquals("0 30 3 * * ?", cfg.getHistoryCleaningTimeCycleConfig());
        IllegalStateException bad = assertThrows(IllegalStateException.class,
                () -> EngineHistoryCleaning.configure(cfg, Optional.of("365 days"), Optional.empty()));
        assertTrue(bad.getMessage().contains("PERFEVAL_HISTORY_RETENTION"), bad.getMessage());
        assertThrows(IllegalStateException.class, () -> EngineHistoryCleaning.configure(cfg, Optional.of("-P1D"), Optional.empty()));
    }

    /** A commission the agency refuses: the process ends at once. */
    private static ProcessInstance refused(ProcessEngine engine, String businessKey) {
        ProcessInstance p = engine.getRuntimeService().startProcessInstanceByKey("evaluation", businessKey,
                ProcessTestEngine.commissionVariables());
        var task = engine.getTaskService().createTaskQuery().processInstanceId(p.getId()).taskDefinitionKey("accept").singleResult();
        engine.getTaskService().complete(task.getId(), Map.of("accepted", false, "reason", "回避"));
        assertEquals(0, engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(p.getId()).count());
        return p;
    }

    private static void runAsyncJobs(ProcessEngine engine) {
        for (int round = 0; round < 20; round++) {
            List<Job> jobs = engine.getManagementService().createJobQuery().list();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(j -> engine.getManagementService().executeJob(j.getId()));
        }
    }

    private static void setClock(ProcessEngine engine, Instant at) {
        engine.getProcessEngineConfiguration().getClock().setCurrentTime(Date.from(at));
    }
}
