package org.perfeval.bench;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** First of the run: the machine, Java and database the figures come from (lines without RESULT). */
@ExtendWith(BenchSelection.class)
@Order(1)
class MachineBench {

    @Test
    void describeTheMachine() {
        Harness.current().machine().forEach(Results::note);
    }
}
