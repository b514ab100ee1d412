package org.perfeval.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.perfeval.evaluation.EvaluationDocument;
import org.perfeval.indicator.Indicator;
import org.perfeval.scoring.Grade;

/**
 * The V4 migration on rows written by the previous release (five JSON columns, the grade as 良, a
 * rectification's evidence as JSON): afterwards the document reads back through the converter.
 */
class DocumentMigrationTest {

    private static final String OLD_SHEET = "{\"title\":\"t\",\"year\":2022,\"kind\":\"DEPARTMENT\",\"subject\":{\"name\":\"d\"},"
            + "\"indicators\":[{\"path\":[\"产出\",\"数量\"],\"weight\":100,\"target\":\"≥11个\",\"actual\":12}],"
            + "\"funds\":{\"adjustedBudget\":27.52,\"expenditure\":27.52},\"evidence\":[{\"name\":\"决算.xlsx\"}],"
            + "\"checklist\":{\"performanceRules\":false}}";
    private static final String OLD_RESULT = "{\"total\":85.50,\"grade\":\"良\",\"gradeCode\":\"GOOD\","
            + "\"ratios\":{\"budgetExecutionRate\":100.00},\"indicators\":[{\"path\":[\"产出\",\"数量\"],\"weight\":100,"
            + "\"score\":85.50,\"method\":\"OVERRIDE\",\"applicable\":true,\"explanation\":\"x\"}],\"subtotals\":[],"
            + "\"findings\":[],\"warnings\":[]}";

    @Test
    void rowsOfThePreviousReleaseBecomeOneDocument() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:migration;DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").table("pe_schema_history")
                .target("3").load().migrate();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into pe_organisation values (1, 'b', 'BUREAU'), (2, 'a', 'AGENCY'), (3, 'd', 'DEPARTMENT')");
            s.execute("insert into pe_evaluation (id, title, budget_year, kind, subject_id, agency_id, bureau_id, due_date,"
                    + " status, sheet, result, total, grade, findings, recommendations, created_at, version, report_sections)"
                    + " values (1, 't', 2022, 'DEPARTMENT', 3, 2, 1, date '2027-01-01', 'DRAFT', '" + OLD_SHEET + "', '"
                    + OLD_RESULT + "', 85.5, '良', '[{\"code\":\"X\",\"title\":\"预算调整率较大\",\"evidence\":\"38.63%\"}]',"
                    + " '[{\"title\":\"提高预算编制精准度\"}]', timestamp '2023-01-01 00:00:00', 0, '{\"overview\":\"概况\"}')");
            s.execute("insert into pe_evaluation (id, title, budget_year, kind, subject_id, agency_id, bureau_id, due_date,"
                    + " status, sheet, created_at, version) values (2, 'n', 2023, 'PROJECT', 3, 2, 1, date '2027-01-01',"
                    + " 'COMMISSIONED', '{}', timestamp '2023-01-01 00:00:00', 0)");
            s.execute("insert into pe_rectification (id, evaluation_id, seq, title, status, due_at, evidence, overdue, version)"
                    + " values (1, 1, 1, 'r', 'VERIFICATION', timestamp '2027-01-01 00:00:00', '[\"办法.pdf\", {\"name\":\"纪要.pdf\"}]',"
                    + " false, 0)");
        }
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").table("pe_schema_history")
                .javaMigrations(new V4__EvaluationDocument()).load().migrate();

        var converter = new EvaluationDocumentConverter();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select document, grade from pe_evaluation order by id")) {
            r.next();
            EvaluationDocument d = converter.convertToEntityAttribute(r.getString(1));
            assertEquals("GOOD", r.getString(2));
            Indicator ind = d.sheet().indicators().get(0);
            assertEquals("12", ind.actual().text());
            assertEquals(true, ind.actual().numeric());
            assertEquals(new BigDecimal("27.52"), d.sheet().funds().get("expenditure").orElseThrow().wan());
            assertEquals(false, d.sheet().checklist().performanceRules());
            assertEquals("决算.xlsx", d.evidence().get(0).name());
            assertEquals(Grade.GOOD, d.result().grade());
            assertEquals(new BigDecimal("85.50"), d.result().total().points());
            assertEquals("38.63%", d.findings().get(0).text());
            assertEquals("提高预算编制精准度", d.recommendations().get(0).title());
            assertEquals("概况", d.sections().overview());
            assertEquals(List.of(), d.comments(), "a document of before the comment matrix has none");
            r.next();
            EvaluationDocument empty = converter.convertToEntityAttribute(r.getString(1));
            assertEquals(List.of(), empty.sheet().indicators());
            assertNull(empty.result());
            assertNull(r.getString(2));
        }
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:migration", "sa", "");
             Statement s = c.createStatement(); ResultSet r = s.executeQuery("select evidence from pe_rectification")) {
            r.next();
            assertEquals("办法.pdf\n纪要.pdf", r.getString(1));
        }
    }
}
