package org.perfeval.it.probe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.naming.InitialContext;
import org.flowable.engine.delegate.DelegateExecution;
import org.perfeval.security.Directory;

/**
 * Test-only bean called by a timer's service task inside the container: records on which thread
 * the job ran and whether CDI injection, JNDI and a JTA transaction were there.
 */
@ApplicationScoped
@Named("timerProbe")
public class TimerProbe {

    @Inject
    Directory directory;

    private final Map<String, String> observations = new ConcurrentHashMap<>();

    public void fired(DelegateExecution execution) throws Exception {
        observations.put("thread", Thread.currentThread().getName());
        observations.put("cdi", String.valueOf(directory.organisationNamed("晋中开发区财政局").isPresent()));
        var registry = (TransactionSynchronizationRegistry) new InitialContext()
                .lookup("java:comp/TransactionSynchronizationRegistry");
        observations.put("jta", String.valueOf(registry.getTransactionStatus() == Status.STATUS_ACTIVE));
        observations.put("processInstance", execution.getProcessInstanceId());
    }

    public Map<String, String> observations() {
        return Map.copyOf(observations);
    }
}
