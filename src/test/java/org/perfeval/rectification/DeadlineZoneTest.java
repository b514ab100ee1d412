package org.perfeval.rectification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.perfeval.common.ValidationException;

/** A date the department names ends at midnight in the configured zone, whatever zone the server runs in. */
class DeadlineZoneTest {

    private static RectificationService serviceIn(String zone, Rectification item) {
        RectificationService s = new RectificationService();
        s.clock = Clock.fixed(Instant.parse("2027-01-05T02:00:00Z"), ZoneId.of(zone));
        s.repository = new OneItem(item);
        return s;
    }

    @Test
    void aPlannedDateEndsAtMidnightInTheConfiguredZone() {
        Rectification item = new Rectification(7L, 1, "提高预算编制精准度", Instant.parse("2027-02-01T00:00:00Z"));
        String detail = serviceIn("Asia/Shanghai", item).plan(1, "细化预算编制程序", LocalDate.of(2027, 1, 10));
        assertEquals(Instant.parse("2027-01-10T16:00:00Z"), item.getDueAt());
        assertTrue(detail.contains("2027年1月10日前完成"), detail);

        Rectification inUtc = new Rectification(7L, 1, "x", Instant.parse("2027-02-01T00:00:00Z"));
        serviceIn("UTC", inUtc).plan(1, "m", LocalDate.of(2027, 1, 10));
        assertEquals(Instant.parse("2027-01-11T00:00:00Z"), inUtc.getDueAt());
    }

    @Test
    void aPastDateAndMissingMeasuresAreNamedTogether() {
        Rectification item = new Rectification(7L, 1, "x", Instant.parse("2027-02-01T00:00:00Z"));
        var e = assertThrows(ValidationException.class,
                () -> serviceIn("Asia/Shanghai", item).plan(1, " ", LocalDate.of(2027, 1, 4)));
        assertEquals(List.of("measures", "dueDate"), e.errors().stream().map(f -> f.path()).toList());
    }

    private record OneItem(Rectification item) implements RectificationRepository {
        public Rectification add(Rectification r) {
            return r;
        }

        public Optional<Rectification> find(long id) {
            return Optional.of(item);
        }

        public List<Rectification> ofEvaluation(long evaluationId) {
            return List.of(item);
        }

        public List<Rectification> ofEvaluations(Collection<Long> ids) {
            return List.of(item);
        }

        public Notification add(Notification n) {
            return n;
        }

        public Optional<Notification> notification(long id) {
            return Optional.empty();
        }

        public List<Notification> notificationsOf(String username) {
            return List.of();
        }
    }
}
