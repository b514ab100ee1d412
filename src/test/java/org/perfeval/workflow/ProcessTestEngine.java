package org.perfeval.workflow;

import java.util.HashMap;
import java.util.Map;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;

/** An in-memory engine with the project's models deployed and one stand-in for every bean their expressions name. */
final class ProcessTestEngine {

    private ProcessTestEngine() {
    }

    static ProcessEngine withStandIn(String name, Object standIn) {
        return withStandIn(name, standIn, cfg -> { });
    }

    /** The same, with the configuration adjusted before the engine is built. */
    static ProcessEngine withStandIn(String name, Object standIn,
                                     java.util.function.Consumer<org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl> adjust) {
        var cfg = new StandaloneInMemProcessEngineConfiguration();
        cfg.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        cfg.setDatabaseSchemaUpdate("true");
        cfg.setBeans(new HashMap<>(Map.of("evaluationStatus", standIn, "evaluationScoring", standIn,
                "evaluationSteps", standIn, "rectificationSteps", standIn)));
        adjust.accept(cfg);
        ProcessEngine engine = cfg.buildProcessEngine();
        ProcessEngineFactory.deployModels(engine.getRepositoryService());
        return engine;
    }

    /** What commissioning puts into a new evaluation process (evaluation 7, organisations 1–3). */
    static Map<String, Object> commissionVariables() {
        Map<String, Object> vars = new HashMap<>();
        vars.put("evaluationId", 7L);
        vars.put("bureauGroup", "bureau:1");
        vars.put("agencyGroup", "evaluator:2");
        vars.put("departmentGroup", "department:3");
        vars.put("dueDate", "2027-01-31T00:00:00Z");
        return vars;
    }
}
