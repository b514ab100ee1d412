package org.perfeval.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final Instant AT = Instant.parse("2026-11-30T08:00:00.123456Z");

    private static AuditEvent event(String after) {
        return new AuditEvent("evaluator", "10.0.0.7", "score", "evaluation:1", 1L, AuditState.of("result.total", "80"),
                AuditState.of("result.total", after));
    }

    @Test
    void everyStoredFieldIsCoveredByTheHash() {
        AuditEntry e = new AuditEntry(7, AT, event("85.5"), AuditChain.GENESIS);
        assertEquals(e.hash(), e.computedHash());
        assertNotEquals(e.hash(), new AuditEntry(7, AT, event("85.6"), AuditChain.GENESIS).hash(), "after state");
        assertNotEquals(e.hash(), new AuditEntry(8, AT, event("85.5"), AuditChain.GENESIS).hash(), "id");
        assertNotEquals(e.hash(), new AuditEntry(7, AT.plusMillis(1), event("85.5"), AuditChain.GENESIS).hash(), "time");
        assertNotEquals(e.hash(), new AuditEntry(7, AT, event("85.5"), "1".repeat(64)).hash(), "link to the entry before");
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        // "ab" + "c" and "a" + "bc" must not hash alike; nor null and ""
        assertNotEquals(AuditChain.hash("p", 1, "t", "ab", "c", "x", "y", null, "", ""),
                AuditChain.hash("p", 1, "t", "a", "bc", "x", "y", null, "", ""));
        assertNotEquals(AuditChain.hash("p", 1, "t", "a", null, "x", "y", null, "", ""),
                AuditChain.hash("p", 1, "t", "a", "", "x", "y", null, "", ""));
    }

    @Test
    void timeIsKeptToTheMillisecondAndReadsBackAsStored() {
        AuditEntry e = new AuditEntry(1, AT, event("1"), AuditChain.GENESIS);
        assertEquals(Instant.parse("2026-11-30T08:00:00.123Z"), e.at());
    }

    @Test
    void statesRoundTripWithAnyText() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("finding[1]", "预算调整率较大：\n调整后预算数为27.52万元\t(38.63%)\\");
        facts.put("=cmd|' /C calc'!A0", "${1+1} #{x} <script>");
        AuditState s = new AuditState(facts);
        assertEquals(s, AuditState.decode(s.encode()));
    }

    @Test
    void aChangeKeepsOnlyTheFactsItTouched() {
        AuditState before = new AuditState(Map.of("funds.adjustedBudget", "27.52", "title", "绩效评价", "evidence", "a.pdf"));
        AuditState after = new AuditState(Map.of("funds.adjustedBudget", "27.5", "title", "绩效评价", "result.total", "85.5"));
        AuditEvent change = AuditEvent.change("u", null, "submitData", "evaluation:1", 1L, before, after);
        assertEquals(Map.of("funds.adjustedBudget", "27.52", "evidence", "a.pdf", "result.total", ""), change.before().facts());
        assertEquals(Map.of("funds.adjustedBudget", "27.5", "evidence", "", "result.total", "85.5"), change.after().facts());
    }
}
