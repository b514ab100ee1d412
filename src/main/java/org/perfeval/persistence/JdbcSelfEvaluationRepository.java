package org.perfeval.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.perfeval.platform.DataSourceConfig;
import org.perfeval.selfevaluation.Agency;
import org.perfeval.selfevaluation.AssignmentStatus;
import org.perfeval.selfevaluation.BatchScope;
import org.perfeval.selfevaluation.BatchStatus;
import org.perfeval.selfevaluation.CheckedForm;
import org.perfeval.selfevaluation.DepartmentFigures;
import org.perfeval.selfevaluation.Flag;
import org.perfeval.selfevaluation.FlagCode;
import org.perfeval.selfevaluation.FormFilter;
import org.perfeval.selfevaluation.FormPage;
import org.perfeval.selfevaluation.FormRecheck;
import org.perfeval.selfevaluation.ReviewAssignment;
import org.perfeval.selfevaluation.FormUpload;
import org.perfeval.evidence.FileType;
import org.perfeval.selfevaluation.ReviewBatch;
import org.perfeval.selfevaluation.ReviewFile;
import org.perfeval.selfevaluation.ReviewRules;
import org.perfeval.selfevaluation.Sampling;
import org.perfeval.selfevaluation.SelectionCandidate;
import org.perfeval.selfevaluation.SelectionReason;
import org.perfeval.selfevaluation.SelfEvaluationRepository;
import org.perfeval.selfevaluation.StoredForm;
import org.perfeval.selfevaluation.UploadKind;

/**
 * Batches, their files and forms in plain JDBC: a batch of ten thousand forms is stored in chunks of
 * batched inserts. The container's pool enlists each connection in the caller's transaction.
 */
@ApplicationScoped
public class JdbcSelfEvaluationRepository implements SelfEvaluationRepository {

    private static final String BATCH_COLUMNS = "id, budget_year, name, organisation_id, at_most_rule, overachieved_at,"
            + " execution_gap, status, created_by, created_at, expected, processed, failed, flagged, with_errors,"
            + " sample_errors, sample_largest, sample_share, sample_seed, sample_drawn, sample_added, sample_removed,"
            + " sample_selected, answer_due_at, closed_at";
    private static final String UPLOAD_COLUMNS = "id, batch_id, name, kind, sha256, expected, forms_read";
    private static final String FORM_COLUMNS = "id, batch_id, source, project, department, unit, annual_budget,"
            + " printed_total, recomputed_total, execution_rate, deviation, selected, selection_reason, document,"
            + " assignment_id, recheck, reviewed_total, answer, answered_by, answered_at";

    private static final java.util.regex.Pattern CONTROLS = java.util.regex.Pattern.compile("\\p{Cntrl}");

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    DataSource dataSource;

    @Override
    public ReviewBatch create(int year, String name, long organisationId, ReviewRules rules, String createdBy, Instant at) {
        String sql = "insert into pe_se_batch (budget_year, name, organisation_id, at_most_rule, overachieved_at, execution_gap,"
                + " status, created_by, created_at, expected, processed, failed, flagged, with_errors)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0)";
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            s.setInt(1, year);
            s.setString(2, name);
            s.setLong(3, organisationId);
            s.setString(4, rules.atMost().name());
            s.setBigDecimal(5, rules.overachievedAtPercent());
            s.setBigDecimal(6, rules.executionGapPoints());
            s.setString(7, BatchStatus.OPEN.name());
            s.setString(8, createdBy);
            s.setTimestamp(9, Timestamp.from(at));
            s.executeUpdate();
            return batch(c, generatedId(s)).orElseThrow();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the batch", e);
        }
    }

    @Override
    public Optional<ReviewBatch> batch(long id) {
        try (Connection c = dataSource.getConnection()) {
            return batch(c, id);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read batch " + id, e);
        }
    }

    private static Optional<ReviewBatch> batch(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select " + BATCH_COLUMNS + " from pe_se_batch where id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(batch(r)) : Optional.empty();
            }
        }
    }

    private static ReviewBatch batch(ResultSet r) throws SQLException {
        ReviewRules rules = new ReviewRules(ReviewRules.AtMostScoring.valueOf(r.getString("at_most_rule")),
                r.getBigDecimal("overachieved_at"), r.getBigDecimal("execution_gap"));
        long seed = r.getLong("sample_seed");
        Sampling sampling = r.wasNull() ? null : new Sampling(r.getInt("sample_errors"), r.getInt("sample_largest"),
                r.getBigDecimal("sample_share"), seed, r.getInt("sample_drawn"), r.getInt("sample_added"),
                r.getInt("sample_removed"), r.getInt("sample_selected"));
        return new ReviewBatch(r.getLong("id"), r.getInt("budget_year"), r.getString("name"), r.getLong("organisation_id"),
                rules, BatchStatus.valueOf(r.getString("status")), r.getString("created_by"),
                r.getTimestamp("created_at").toInstant(), r.getInt("expected"), r.getInt("processed"), r.getInt("failed"),
                r.getInt("flagged"), r.getInt("with_errors"), sampling, instant(r.getTimestamp("answer_due_at")),
                instant(r.getTimestamp("closed_at")));
    }

    @Override
    public FormUpload addUpload(long batchId, String name, UploadKind kind, String sha256, long size, int expected,
                                String uploadedBy, Instant at) {
        String sql = "insert into pe_se_upload (batch_id, name, kind, sha256, size_bytes, expected, forms_read, status,"
                + " uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, 0, 'PENDING', ?, ?)";
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
             PreparedStatement b = c.prepareStatement("update pe_se_batch set expected = expected + ?, status = ?,"
                     + " sample_errors = null, sample_largest = null, sample_share = null, sample_seed = null,"
                     + " sample_drawn = null, sample_added = null, sample_removed = null, sample_selected = null where id = ?");
             PreparedStatement unselect = c.prepareStatement("update pe_se_form set selected = false, selection_reason = null"
                     + " where batch_id = ? and (selected = true or selection_reason is not null)")) {
            s.setLong(1, batchId);
            s.setString(2, name);
            s.setString(3, kind.name());
            s.setString(4, sha256);
            s.setLong(5, size);
            s.setInt(6, expected);
            s.setString(7, uploadedBy);
            s.setTimestamp(8, Timestamp.from(at));
            s.executeUpdate();
            long id = generatedId(s);
            b.setInt(1, expected);
            b.setString(2, BatchStatus.CHECKING.name());
            b.setLong(3, batchId);
            b.executeUpdate();
            // new forms change what the draw would have been: it is drawn again once they are checked
            unselect.setLong(1, batchId);
            unselect.executeUpdate();
            return new FormUpload(id, batchId, name, kind, sha256, expected, 0);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the file of forms", e);
        }
    }

    @Override
    public Optional<FormUpload> claimNext(String owner, Instant now, Instant leaseUntil) {
        String free = " status = 'PENDING' and (owner is null or owner = ? or lease_until < ?)";
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select " + UPLOAD_COLUMNS + " from pe_se_upload where" + free
                     + " order by id fetch first 1 rows only");
             PreparedStatement claim = c.prepareStatement("update pe_se_upload set owner = ?, lease_until = ? where id = ? and"
                     + free)) {
            s.setString(1, owner);
            s.setTimestamp(2, Timestamp.from(now));
            FormUpload upload;
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                upload = new FormUpload(r.getLong("id"), r.getLong("batch_id"), r.getString("name"),
                        UploadKind.valueOf(r.getString("kind")), r.getString("sha256"), r.getInt("expected"),
                        r.getInt("forms_read"));
            }
            claim.setString(1, owner);
            claim.setTimestamp(2, Timestamp.from(leaseUntil));
            claim.setLong(3, upload.id());
            claim.setString(4, owner);
            claim.setTimestamp(5, Timestamp.from(now));
            return claim.executeUpdate() == 1 ? Optional.of(upload) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot claim a file of forms", e);
        }
    }

    @Override
    public void store(FormUpload upload, List<CheckedForm> forms, Instant leaseUntil) {
        try (Connection c = dataSource.getConnection()) {
            int place = place(c, upload.id());
            List<CheckedForm> fresh = forms.stream().filter(f -> f.ordinal() >= place).toList();
            if (fresh.isEmpty()) {
                return;
            }
            insert(c, upload, fresh);
            int next = fresh.get(fresh.size() - 1).ordinal() + 1;
            try (PreparedStatement u = c.prepareStatement("update pe_se_upload set forms_read = ?, lease_until = ? where id = ?");
                 PreparedStatement b = c.prepareStatement("update pe_se_batch set processed = processed + ?,"
                         + " failed = failed + ?, flagged = flagged + ?, with_errors = with_errors + ? where id = ?")) {
                u.setInt(1, next);
                u.setTimestamp(2, Timestamp.from(leaseUntil));
                u.setLong(3, upload.id());
                u.executeUpdate();
                b.setInt(1, fresh.size());
                b.setInt(2, (int) fresh.stream().filter(f -> !f.readable()).count());
                b.setInt(3, (int) fresh.stream().filter(f -> f.readable() && !f.review().flags().isEmpty()).count());
                b.setInt(4, (int) fresh.stream().filter(f -> f.readable() && f.review().hasErrors()).count());
                b.setLong(5, upload.batchId());
                b.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store checked forms", e);
        }
    }

    /** The file's place, locked: a node that took the file over waits here rather than store the same forms. */
    private static int place(Connection c, long uploadId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select forms_read from pe_se_upload where id = ? for update")) {
            s.setLong(1, uploadId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private static void insert(Connection c, FormUpload upload, List<CheckedForm> forms) throws SQLException {
        String sql = "insert into pe_se_form (batch_id, upload_id, ordinal, source, project, department, unit, annual_budget,"
                + " printed_total, recomputed_total, execution_rate, deviation, flag_codes, flag_count, error_count, readable,"
                + " selected, document, full_marks) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false, ?, ?)";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (CheckedForm f : forms) {
                s.setLong(1, upload.batchId());
                s.setLong(2, upload.id());
                s.setInt(3, f.ordinal());
                s.setString(4, clip(f.source(), 500));
                boolean readable = f.readable();
                s.setString(5, readable ? clip(f.form().project(), 500) : null);
                s.setString(6, readable ? clip(f.form().department(), 200) : null);
                s.setString(7, readable ? clip(f.form().unit(), 200) : null);
                s.setBigDecimal(8, readable ? figure(f.form().funds().annualBudget().wan()) : null);
                s.setBigDecimal(9, readable ? figure(f.form().printedTotal()) : null);
                s.setBigDecimal(10, readable ? figure(f.review().recomputedTotal().points()) : null);
                s.setBigDecimal(11, readable && f.review().executionRate() != null ? figure(f.review().executionRate().percent())
                        : null);
                s.setBigDecimal(12, readable ? figure(f.review().deviation()) : null);
                List<Flag> flags = readable ? f.review().flags() : List.of();
                s.setString(13, codes(flags));
                s.setInt(14, flags.size());
                s.setInt(15, (int) flags.stream().filter(x -> x.severity() == FlagCode.Severity.ERROR).count());
                s.setBoolean(16, readable);
                s.setBytes(17, FormDocuments.write(f.form(), f.errors()));
                s.setBoolean(18, readable && f.review().fullMarks());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** The codes as {@code ,CODE,CODE,}, so that a filter is a portable LIKE. */
    private static String codes(List<Flag> flags) {
        return flags.stream().map(f -> f.code().name()).distinct().collect(Collectors.joining(",", ",", ","));
    }

    @Override
    public void finish(FormUpload upload) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement u = c.prepareStatement("update pe_se_upload set status = 'DONE', owner = null, lease_until = null,"
                     + " expected = forms_read where id = ? and status = 'PENDING'");
             PreparedStatement e = c.prepareStatement("update pe_se_batch set expected = expected - ? + (select forms_read"
                     + " from pe_se_upload where id = ?) where id = ?");
             PreparedStatement b = c.prepareStatement("update pe_se_batch set status = ? where id = ? and status = ?"
                     + " and not exists (select 1 from pe_se_upload where batch_id = ? and status = 'PENDING')")) {
            int expectedBefore = expectedOf(c, upload.id());
            u.setLong(1, upload.id());
            if (u.executeUpdate() == 0) {
                return; // another node finished it
            }
            // the count at upload was the workbooks' own word; what was read is the truth
            e.setInt(1, expectedBefore);
            e.setLong(2, upload.id());
            e.setLong(3, upload.batchId());
            e.executeUpdate();
            b.setString(1, BatchStatus.CHECKED.name());
            b.setLong(2, upload.batchId());
            b.setString(3, BatchStatus.CHECKING.name());
            b.setLong(4, upload.batchId());
            b.executeUpdate();
        } catch (SQLException ex) {
            throw new IllegalStateException("cannot finish the file of forms", ex);
        }
    }

    private static int expectedOf(Connection c, long uploadId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select expected from pe_se_upload where id = ? for update")) {
            s.setLong(1, uploadId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    @Override
    public BatchStatus lockBatch(long batchId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select status from pe_se_batch where id = ? for update")) {
            s.setLong(1, batchId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? BatchStatus.valueOf(r.getString(1)) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot lock batch " + batchId, e);
        }
    }

    @Override
    public AssignmentStatus lockAssignment(long assignmentId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select status from pe_se_assignment where id = ? for update")) {
            s.setLong(1, assignmentId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? AssignmentStatus.valueOf(r.getString(1)) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot lock assignment " + assignmentId, e);
        }
    }

    @Override
    public Map<String, java.util.Set<String>> selectedUnits(long batchId) {
        Map<String, java.util.Set<String>> out = new java.util.LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select distinct department, unit from pe_se_form where batch_id = ? and selected = true and unit is not null")) {
            s.setLong(1, batchId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.computeIfAbsent(r.getString(1), d -> new java.util.TreeSet<>()).add(r.getString(2));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the units of batch " + batchId, e);
        }
    }

    @Override
    public FormPage forms(long batchId, FormFilter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" from pe_se_form where batch_id = ?");
        List<Object> params = new ArrayList<>();
        params.add(batchId);
        if (filter.flag() != null) {
            where.append(" and flag_codes like ?");
            params.add("%," + filter.flag().name() + ",%");
        }
        if (filter.department() != null) {
            where.append(" and department = ?");
            params.add(filter.department());
        }
        if (filter.selected() != null) {
            where.append(" and selected = ?");
            params.add(filter.selected());
        }
        if (filter.assignmentId() != null) {
            where.append(" and assignment_id = ?");
            params.add(filter.assignmentId());
        }
        if (filter.readable() != null) {
            where.append(" and readable = ?");
            params.add(filter.readable());
        }
        try (Connection c = dataSource.getConnection()) {
            long total;
            try (PreparedStatement s = c.prepareStatement("select count(*)" + where)) {
                bind(s, params);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    total = r.getLong(1);
                }
            }
            List<StoredForm> items = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("select " + FORM_COLUMNS + where
                    + " order by id offset ? rows fetch next ? rows only")) {
                List<Object> all = new ArrayList<>(params);
                all.add((long) page * size);
                all.add(size);
                bind(s, all);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        items.add(form(r));
                    }
                }
            }
            return new FormPage(items, total);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the forms of batch " + batchId, e);
        }
    }

    @Override
    public Optional<StoredForm> form(long batchId, long formId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select " + FORM_COLUMNS + " from pe_se_form where batch_id = ? and id = ?")) {
            s.setLong(1, batchId);
            s.setLong(2, formId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(form(r)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read form " + formId, e);
        }
    }

    private static StoredForm form(ResultSet r) throws SQLException {
        FormDocuments.Document d = FormDocuments.read(r.getBytes("document"));
        String reason = r.getString("selection_reason");
        return new StoredForm(r.getLong("id"), r.getLong("batch_id"), r.getString("source"), r.getString("project"),
                r.getString("department"), r.getString("unit"), r.getBigDecimal("annual_budget"),
                r.getBigDecimal("printed_total"), r.getBigDecimal("recomputed_total"), r.getBigDecimal("execution_rate"),
                r.getBigDecimal("deviation"), r.getBoolean("selected"), reason == null ? null : SelectionReason.valueOf(reason),
                d.form(), d.errors(), (Long) r.getObject("assignment_id", Long.class),
                FormDocuments.readRecheck(r.getBytes("recheck")), r.getBigDecimal("reviewed_total"), r.getString("answer"),
                r.getString("answered_by"), instant(r.getTimestamp("answered_at")));
    }

    @Override
    public List<DepartmentFigures> departments(long batchId) {
        String sql = "select department, count(*), sum(case when flag_count > 0 then 1 else 0 end),"
                + " sum(case when error_count > 0 then 1 else 0 end), sum(case when full_marks then 1 else 0 end),"
                + " sum(annual_budget), avg(printed_total), avg(recomputed_total), avg(deviation)"
                + " from pe_se_form where batch_id = ? and readable = true group by department order by department";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, batchId);
            List<DepartmentFigures> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new DepartmentFigures(r.getString(1), r.getInt(2), r.getInt(3), r.getInt(4), r.getInt(5),
                            round(r.getBigDecimal(6)), round(r.getBigDecimal(7)), round(r.getBigDecimal(8)),
                            round(r.getBigDecimal(9))));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot sum up the departments of batch " + batchId, e);
        }
    }

    @Override
    public List<SelectionCandidate> candidates(long batchId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select id, annual_budget, error_count from pe_se_form where batch_id = ? and readable = true order by id")) {
            s.setLong(1, batchId);
            List<SelectionCandidate> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new SelectionCandidate(r.getLong(1), r.getBigDecimal(2), r.getInt(3) > 0));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the forms of batch " + batchId, e);
        }
    }

    @Override
    public void select(long batchId, Map<Long, SelectionReason> selected, Sampling sampling) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement clear = c.prepareStatement("update pe_se_form set selected = false, selection_reason = null"
                     + " where batch_id = ? and (selected = true or selection_reason is not null)");
             PreparedStatement mark = c.prepareStatement("update pe_se_form set selected = true, selection_reason = ?"
                     + " where batch_id = ? and id = ?");
             PreparedStatement record = c.prepareStatement("update pe_se_batch set sample_errors = ?, sample_largest = ?,"
                     + " sample_share = ?, sample_seed = ?, sample_drawn = ?, sample_added = 0, sample_removed = 0,"
                     + " sample_selected = ? where id = ?")) {
            clear.setLong(1, batchId);
            clear.executeUpdate();
            for (Map.Entry<Long, SelectionReason> e : selected.entrySet()) {
                mark.setString(1, e.getValue().name());
                mark.setLong(2, batchId);
                mark.setLong(3, e.getKey());
                mark.addBatch();
            }
            mark.executeBatch();
            record.setInt(1, sampling.withErrors());
            record.setInt(2, sampling.largest());
            record.setBigDecimal(3, sampling.share());
            record.setLong(4, sampling.seed());
            record.setInt(5, sampling.drawn());
            record.setInt(6, sampling.selected());
            record.setLong(7, batchId);
            record.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the selection of batch " + batchId, e);
        }
    }

    @Override
    public void adjust(long batchId, List<Long> add, List<Long> remove) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement in = c.prepareStatement("update pe_se_form set selected = true, selection_reason = 'MANUAL'"
                     + " where batch_id = ? and id = ? and selected = false");
             PreparedStatement out = c.prepareStatement("update pe_se_form set selected = false, selection_reason = 'REMOVED'"
                     + " where batch_id = ? and id = ? and selected = true");
             PreparedStatement count = c.prepareStatement("update pe_se_batch set"
                     + " sample_added = (select count(*) from pe_se_form where batch_id = ? and selection_reason = 'MANUAL'),"
                     + " sample_removed = (select count(*) from pe_se_form where batch_id = ? and selection_reason = 'REMOVED'),"
                     + " sample_selected = (select count(*) from pe_se_form where batch_id = ? and selected = true)"
                     + " where id = ?")) {
            for (long id : add) {
                in.setLong(1, batchId);
                in.setLong(2, id);
                in.executeUpdate();
            }
            for (long id : remove) {
                out.setLong(1, batchId);
                out.setLong(2, id);
                out.executeUpdate();
            }
            for (int i = 1; i <= 4; i++) {
                count.setLong(i, batchId);
            }
            count.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot adjust the selection of batch " + batchId, e);
        }
    }

    @Override
    public Set<Long> formsOf(long batchId, List<Long> ids) {
        Set<Long> found = new HashSet<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select id from pe_se_form where batch_id = ? and id = ? and readable = true")) {
            for (long id : ids) {
                s.setLong(1, batchId);
                s.setLong(2, id);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        found.add(id);
                    }
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot look up forms of batch " + batchId, e);
        }
    }

    @Override
    public List<ReviewBatch> batches(BatchScope scope) {
        String where = switch (scope.kind()) {
            case BUREAU -> " where organisation_id = ?";
            case AGENCY -> " where exists (select 1 from pe_se_assignment a where a.batch_id = pe_se_batch.id and a.agency_id = ?)";
            case DEPARTMENT -> " where status in ('ANSWERING', 'CLOSED') and exists (select 1 from pe_se_form f"
                    + " where f.batch_id = pe_se_batch.id and f.department = ?)";
            case ALL -> "";
        };
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select " + BATCH_COLUMNS + " from pe_se_batch" + where
                     + " order by id desc fetch first 500 rows only")) {
            if (scope.kind() == BatchScope.Kind.DEPARTMENT) {
                s.setString(1, scope.organisationName());
            } else if (scope.kind() != BatchScope.Kind.ALL) {
                s.setLong(1, scope.organisationId());
            }
            List<ReviewBatch> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(batch(r));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list batches", e);
        }
    }

    @Override
    public Map<String, List<Long>> selectedByDepartment(long batchId) {
        Map<String, List<Long>> out = new java.util.LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select department, id from pe_se_form where batch_id = ? and selected = true order by department, id")) {
            s.setLong(1, batchId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.computeIfAbsent(r.getString(1), d -> new ArrayList<>()).add(r.getLong(2));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the selection of batch " + batchId, e);
        }
    }

    @Override
    public List<ReviewAssignment> dispatch(long batchId, Map<Agency, List<Long>> forms, Instant dueAt) {
        String sql = "insert into pe_se_assignment (batch_id, agency_id, agency_name, status, due_at, returns, overdue, reminded)"
                + " values (?, ?, ?, ?, ?, 0, false, false)";
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS);
             PreparedStatement f = c.prepareStatement("update pe_se_form set assignment_id = ? where batch_id = ? and id = ?");
             PreparedStatement b = c.prepareStatement("update pe_se_batch set status = ? where id = ? and status = 'CHECKED'")) {
            for (Map.Entry<Agency, List<Long>> e : forms.entrySet()) {
                s.setLong(1, batchId);
                s.setLong(2, e.getKey().id());
                s.setString(3, clip(e.getKey().name(), 200));
                s.setString(4, AssignmentStatus.REVIEWING.name());
                s.setTimestamp(5, Timestamp.from(dueAt));
                s.executeUpdate();
                long id = generatedId(s);
                for (long form : e.getValue()) {
                    f.setLong(1, id);
                    f.setLong(2, batchId);
                    f.setLong(3, form);
                    f.addBatch();
                }
                f.executeBatch();
            }
            b.setString(1, BatchStatus.IN_REVIEW.name());
            b.setLong(2, batchId);
            b.executeUpdate();
            return assignments(c, " where batch_id = ?", batchId);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot dispatch batch " + batchId, e);
        }
    }

    @Override
    public List<ReviewAssignment> assignments(long batchId) {
        try (Connection c = dataSource.getConnection()) {
            return assignments(c, " where batch_id = ?", batchId);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the assignments of batch " + batchId, e);
        }
    }

    @Override
    public Optional<ReviewAssignment> assignment(long assignmentId) {
        try (Connection c = dataSource.getConnection()) {
            return assignments(c, " where id = ?", assignmentId).stream().findFirst();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read assignment " + assignmentId, e);
        }
    }

    private static List<ReviewAssignment> assignments(Connection c, String where, long id) throws SQLException {
        String sql = "select id, batch_id, agency_id, agency_name, status, due_at, submitted_at, decided_at, return_reason,"
                + " returns, overdue,"
                + " (select count(*) from pe_se_form f where f.assignment_id = pe_se_assignment.id) forms,"
                + " (select count(*) from pe_se_form f where f.assignment_id = pe_se_assignment.id and f.recheck is not null)"
                + " rechecked from pe_se_assignment" + where + " order by id";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            List<ReviewAssignment> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new ReviewAssignment(r.getLong("id"), r.getLong("batch_id"), r.getLong("agency_id"),
                            r.getString("agency_name"), AssignmentStatus.valueOf(r.getString("status")),
                            instant(r.getTimestamp("due_at")), instant(r.getTimestamp("submitted_at")),
                            instant(r.getTimestamp("decided_at")), r.getString("return_reason"), r.getInt("returns"),
                            r.getBoolean("overdue"), r.getInt("forms"), r.getInt("rechecked")));
                }
            }
            return out;
        }
    }

    @Override
    public int unrechecked(long assignmentId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "select count(*) from pe_se_form where assignment_id = ? and recheck is null")) {
            s.setLong(1, assignmentId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count the rechecks of assignment " + assignmentId, e);
        }
    }

    @Override
    public void decide(long assignmentId, AssignmentStatus status, Instant at, String by, String reason) {
        switch (status) {
            case SUBMITTED -> update("update pe_se_assignment set status = ?, submitted_at = ? where id = ?", status.name(), at,
                    assignmentId);
            case APPROVED -> update("update pe_se_assignment set status = ?, decided_at = ?, decided_by = ?, return_reason = null"
                    + " where id = ?", status.name(), at, by, assignmentId);
            case REVIEWING -> update("update pe_se_assignment set status = ?, decided_at = ?, decided_by = ?, return_reason = ?,"
                    + " returns = returns + 1 where id = ?", status.name(), at, by, clip(reason, 2000), assignmentId);
        }
    }

    @Override
    public void mark(long assignmentId, boolean reminded, boolean overdue) {
        update("update pe_se_assignment set reminded = reminded or ?, overdue = overdue or ? where id = ?", reminded, overdue,
                assignmentId);
    }

    @Override
    public void saveRecheck(long formId, FormRecheck recheck, BigDecimal reviewedTotal, String by, Instant at) {
        update("update pe_se_form set recheck = ?, reviewed_total = ?, reviewed_by = ?, reviewed_at = ? where id = ?",
                FormDocuments.writeRecheck(recheck), reviewedTotal, by, at, formId);
    }

    @Override
    public void saveAnswer(long formId, String answer, String by, Instant at) {
        update("update pe_se_form set answer = ?, answered_by = ?, answered_at = ? where id = ?", answer, by, at, formId);
    }

    @Override
    public void setStatus(long batchId, BatchStatus status, Instant answerDueAt, Instant closedAt) {
        update("update pe_se_batch set status = ?, answer_due_at = coalesce(?, answer_due_at), closed_at = coalesce(?, closed_at)"
                + " where id = ?", status.name(), new Nullable(answerDueAt, Types.TIMESTAMP), new Nullable(closedAt, Types.TIMESTAMP),
                batchId);
    }

    /** A parameter that may be null, with the SQL type the driver needs to bind a null. */
    private record Nullable(Object value, int sqlType) {
    }

    /** One statement of a use case, in its transaction. */
    private void update(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, List.of(params));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run: " + sql, e);
        }
    }

    @Override
    public ReviewFile addFile(long batchId, long organisationId, String name, long size, String sha256, FileType type,
                              String uploadedBy, Instant at) {
        String sql = "insert into pe_se_evidence (batch_id, organisation_id, name, size_bytes, sha256, file_type, uploaded_by,"
                + " uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            s.setLong(1, batchId);
            s.setLong(2, organisationId);
            s.setString(3, name);
            s.setLong(4, size);
            s.setString(5, sha256);
            s.setString(6, type.name());
            s.setString(7, uploadedBy);
            s.setTimestamp(8, Timestamp.from(at));
            s.executeUpdate();
            return new ReviewFile(generatedId(s), batchId, organisationId, name, size, sha256, type, uploadedBy, at);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record the file " + name, e);
        }
    }

    @Override
    public List<ReviewFile> files(long batchId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("select id, organisation_id,"
                + " name, size_bytes, sha256, file_type, uploaded_by, uploaded_at from pe_se_evidence where batch_id = ? order by id")) {
            s.setLong(1, batchId);
            List<ReviewFile> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(new ReviewFile(r.getLong(1), batchId, r.getLong(2), r.getString(3), r.getLong(4), r.getString(5),
                            FileType.valueOf(r.getString(6)), r.getString(7), r.getTimestamp(8).toInstant()));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot list the files of batch " + batchId, e);
        }
    }

    @Override
    public List<StoredForm> readableByDepartment(long batchId, int page, int size) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("select " + FORM_COLUMNS
                + " from pe_se_form where batch_id = ? and readable = true order by department, id offset ? rows fetch next ? rows only")) {
            s.setLong(1, batchId);
            s.setLong(2, (long) page * size);
            s.setInt(3, size);
            List<StoredForm> out = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(form(r));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the forms of batch " + batchId, e);
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    /**
     * A figure as its column keeps it (2 decimals): whatever a unit wrote, however large, is stored
     * rather than failing the check of the whole file; beyond the column's 22 digits it is left out.
     */
    private static BigDecimal figure(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal rounded = v.setScale(2, RoundingMode.HALF_UP);
        return rounded.precision() - rounded.scale() > 22 ? null : rounded;
    }

    private static BigDecimal round(BigDecimal v) {
        return v == null ? null : v.setScale(2, RoundingMode.HALF_UP);
    }

    private static void bind(PreparedStatement s, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            if (p instanceof Nullable n && n.value() == null) {
                s.setNull(i + 1, n.sqlType());
                continue;
            }
            Object v = p instanceof Nullable n ? n.value() : p;
            if (v instanceof Long l) {
                s.setLong(i + 1, l);
            } else if (v instanceof Integer n) {
                s.setInt(i + 1, n);
            } else if (v instanceof Boolean b) {
                s.setBoolean(i + 1, b);
            } else if (v instanceof BigDecimal d) {
                s.setBigDecimal(i + 1, d);
            } else if (v instanceof Instant t) {
                s.setTimestamp(i + 1, Timestamp.from(t));
            } else if (v instanceof byte[] bytes) {
                s.setBytes(i + 1, bytes);
            } else {
                s.setString(i + 1, (String) v);
            }
        }
    }

    private static long generatedId(Statement s) throws SQLException {
        try (ResultSet keys = s.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    /** Within the column, and without control characters (PostgreSQL refuses NUL in text; none of them belong in a name). */
    private static String clip(String s, int max) {
        if (s == null) {
            return null;
        }
        String clean = CONTROLS.matcher(s).replaceAll("");
        return clean.length() <= max ? clean : clean.substring(0, max);
    }
}
