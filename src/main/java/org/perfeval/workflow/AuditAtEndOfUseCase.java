package org.perfeval.workflow;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.perfeval.audit.AuditBuffer;
import org.perfeval.audit.AuditTrail;

/**
 * Every use case (a {@code @Transactional} method of this layer) appends its audit entries as its
 * last step, inside its transaction: the chain's head is then locked from there to the commit
 * instead of from the first change on, and twenty people at once no longer queue behind each
 * other's whole requests (issue 11). Runs inside the container's transaction interceptor.
 */
@Transactional
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 250)
public class AuditAtEndOfUseCase {

    @Inject
    AuditBuffer buffer;

    @Inject
    AuditTrail trail;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object appendAtTheEnd(InvocationContext call) throws Exception {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return call.proceed();
        }
        buffer.enter();
        boolean completed = false;
        try {
            Object result = call.proceed();
            completed = true;
            return result;
        } finally {
            if (buffer.leave()) {
                // a runtime exception rolls the transaction back: its entries would go with it
                if (completed && !transactions.getRollbackOnly()) {
                    trail.appendCollected();
                } else {
                    trail.discardCollected();
                }
            }
        }
    }
}
