package org.perfeval.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.perfeval.common.FieldError;
import org.perfeval.common.ValidationException;

class CommissionJsonTest {

    @Test
    void readsAValidCommission() {
        org.perfeval.evaluation.CommissionRequest r = CommissionJson.from(Json.createObjectBuilder()
                .add("title", "2023年某项目支出绩效评价").add("year", 2023).add("kind", "PROJECT")
                .add("subject", Json.createObjectBuilder().add("name", "新能源汽车园事业服务中心"))
                .add("agency", Json.createObjectBuilder().add("name", "山西天正会计师事务所"))
                .add("dueDate", "2027-03-31").build());
        assertEquals(org.perfeval.evaluation.EvaluationKind.PROJECT, r.kind());
        assertEquals(LocalDate.of(2027, 3, 31), r.dueDate());
    }

    @Test
    void namesEveryBadFieldAtOnce() {
        var e = assertThrows(ValidationException.class, () -> CommissionJson.from(Json.createObjectBuilder()
                .add("title", " ").add("year", "2023").add("kind", "OTHER")
                .add("agency", "天正").add("dueDate", "31.03.2027").build()));
        assertEquals(List.of("title", "year", "kind", "subject.name", "agency", "dueDate"),
                e.errors().stream().map(FieldError::path).toList());
    }

    /** Numbers are read as sent: intValue() and longValue() keep the low bits, so 2^32 + 2024 was the year 2024. */
    @Test
    void yearsAndIdsBeyondAnIntOrALongAreRefusedNotWrapped() {
        var e = assertThrows(ValidationException.class, () -> CommissionJson.from(Json.createReader(new java.io.StringReader(
                "{\"title\": \"t\", \"year\": 4294969320, \"kind\": \"PROJECT\", \"subject\": {\"id\": 18446744073709551619},"
                        + " \"agency\": {\"id\": 2.5}, \"dueDate\": \"2027-03-31\"}")).readObject()));
        assertEquals(List.of("year", "subject.id", "agency.id"), e.errors().stream().map(FieldError::path).toList());
        assertEquals(3L, CommissionJson.positiveId(Json.createValue(3L)));
        assertEquals(null, CommissionJson.positiveId(Json.createValue(new java.math.BigDecimal("1e999999999"))));
    }

    /** A lone half of a surrogate pair is no character: accepted, it came back from UTF-8 as "?". */
    @Test
    void titlesWithAnUnpairedSurrogateAreRefused() {
        var e = assertThrows(ValidationException.class, () -> CommissionJson.from(Json.createObjectBuilder()
                .add("title", "报告\ud800").add("year", 2023).add("kind", "PROJECT")
                .add("subject", Json.createObjectBuilder().add("name", "新能源汽车园事业服务中心"))
                .add("agency", Json.createObjectBuilder().add("name", "山西天正会计师事务所"))
                .add("dueDate", "2027-03-31").build()));
        assertEquals(List.of("title"), e.errors().stream().map(FieldError::path).toList());
        assertEquals(false, org.perfeval.common.Text.hasHiddenCharacters("报告😀"), "a whole pair is a character");
    }
}
