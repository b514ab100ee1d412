package org.perfeval.it.probe;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.RuntimeService;

/** Test-only endpoint: starts a process whose one-second timer calls {@link TimerProbe}. */
@Path("test-probe/timer")
@Produces(MediaType.APPLICATION_JSON)
public class TimerProbeResource {

    private static final String MODEL = """
            <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:flowable="http://flowable.org/bpmn"
                         targetNamespace="http://perfeval.org/test">
              <process id="timerProbe" isExecutable="true">
                <startEvent id="start"/>
                <sequenceFlow id="f1" sourceRef="start" targetRef="wait"/>
                <intermediateCatchEvent id="wait"><timerEventDefinition><timeDuration>PT1S</timeDuration></timerEventDefinition></intermediateCatchEvent>
                <sequenceFlow id="f2" sourceRef="wait" targetRef="probe"/>
                <serviceTask id="probe" flowable:expression="${timerProbe.fired(execution)}"/>
                <sequenceFlow id="f3" sourceRef="probe" targetRef="end"/>
                <endEvent id="end"/>
              </process>
            </definitions>""";

    @Inject
    RepositoryService repository;

    @Inject
    RuntimeService runtime;

    @Inject
    TimerProbe probe;

    @POST
    @Transactional
    public JsonObject start() {
        repository.createDeployment().name("timer-probe").enableDuplicateFiltering()
                .addString("timer-probe.bpmn20.xml", MODEL).deploy();
        return Json.createObjectBuilder().add("processInstance", runtime.startProcessInstanceByKey("timerProbe").getId()).build();
    }

    @Inject
    org.flowable.engine.ProcessEngine engine;

    /** Moves the engine clock (the async executor acquires timers by it) forward from now. */
    @POST
    @Path("clock")
    public JsonObject moveClock(@jakarta.ws.rs.QueryParam("plusSeconds") long plusSeconds) {
        var clock = engine.getProcessEngineConfiguration().getClock();
        clock.setCurrentTime(java.util.Date.from(java.time.Instant.now().plusSeconds(plusSeconds)));
        return Json.createObjectBuilder().add("now", clock.getCurrentTime().toInstant().toString()).build();
    }

    @jakarta.ws.rs.DELETE
    @Path("clock")
    public JsonObject resetClock() {
        engine.getProcessEngineConfiguration().getClock().reset();
        return Json.createObjectBuilder().add("reset", true).build();
    }

    @GET
    public JsonObject observations() {
        var b = Json.createObjectBuilder();
        probe.observations().forEach(b::add);
        return b.build();
    }
}
