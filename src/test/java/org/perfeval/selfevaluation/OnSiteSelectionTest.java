package org.perfeval.selfevaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OnSiteSelectionTest {

    /** 100 forms: budgets 1..100 万元 by id, every tenth with an error flag. */
    private static List<SelectionCandidate> forms() {
        List<SelectionCandidate> out = new ArrayList<>();
        for (long id = 1; id <= 100; id++) {
            out.add(new SelectionCandidate(id, BigDecimal.valueOf(id), id % 10 == 0));
        }
        return out;
    }

    @Test
    void errorsThenTheLargestBudgetsThenASeededShareOfTheRest() {
        OnSiteSelection.Result r = OnSiteSelection.of(forms(), 5, new BigDecimal("10"), 42);
        Map<Long, SelectionReason> s = r.selected();
        assertEquals(10, s.values().stream().filter(x -> x == SelectionReason.ERRORS).count());
        assertEquals(List.of(95L, 96L, 97L, 98L, 99L), s.entrySet().stream().filter(e -> e.getValue() == SelectionReason.LARGEST)
                .map(Map.Entry::getKey).sorted().toList(), "the largest budgets without an error (100 has one)");
        // 100 - 10 errors - 5 largest = 85 left; 10 % of 85 = 8.5, rounded up
        assertEquals(9, s.values().stream().filter(x -> x == SelectionReason.RANDOM).count());
        assertEquals(new Sampling(10, 5, new BigDecimal("10"), 42, 9, 0, 0, 24), r.sampling());
    }

    @Test
    void theSameSeedDrawsTheSameFormsAndAnotherSeedOthers() {
        Map<Long, SelectionReason> a = OnSiteSelection.of(forms(), 0, new BigDecimal("20"), 2023).selected();
        Map<Long, SelectionReason> b = OnSiteSelection.of(forms(), 0, new BigDecimal("20"), 2023).selected();
        Map<Long, SelectionReason> c = OnSiteSelection.of(forms(), 0, new BigDecimal("20"), 2024).selected();
        assertEquals(a, b);
        assertNotEquals(a.keySet(), c.keySet());
        List<SelectionCandidate> shuffled = new ArrayList<>(forms());
        java.util.Collections.reverse(shuffled);
        assertEquals(a, OnSiteSelection.of(shuffled, 0, new BigDecimal("20"), 2023).selected(),
                "the order the forms come in does not change the draw");
    }

    @Test
    void aShareOfNothingOrOfAllAndBadSizes() {
        assertEquals(10, OnSiteSelection.of(forms(), 0, BigDecimal.ZERO, 1).selected().size());
        assertEquals(100, OnSiteSelection.of(forms(), 0, new BigDecimal("100"), 1).selected().size());
        assertEquals(100, OnSiteSelection.of(forms(), 1000, BigDecimal.ZERO, 1).selected().size());
        assertThrows(IllegalArgumentException.class, () -> OnSiteSelection.of(forms(), -1, BigDecimal.ONE, 1));
        assertThrows(IllegalArgumentException.class, () -> OnSiteSelection.of(forms(), 0, new BigDecimal("100.5"), 1));
    }
}
