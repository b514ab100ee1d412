package org.perfeval.bench;

import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import java.util.stream.Collectors;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.perfeval.evaluation.CommissionRequest;
import org.perfeval.evaluation.EvaluationKind;
import org.perfeval.evaluation.PartyRef;
import org.perfeval.security.AccountDraft;
import org.perfeval.security.Caller;
import org.perfeval.security.Organisation;
import org.perfeval.security.OrganisationDraft;
import org.perfeval.security.OrganisationType;
import org.perfeval.security.Role;
import org.perfeval.workflow.Administration;
import org.perfeval.workflow.DemoAccounts;
import org.perfeval.workflow.EvaluationWorkflow;
import org.perfeval.workflow.TaskView;
import org.perfeval.workflow.task.TaskCommand;

/**
 * The database of the inbox and list figures: {@code bench.rows} evaluations (100,000), each with its
 * open task, made inside Payara Micro by PerfEval's own use cases — commissioning (the process
 * started, history, audit trail) and, for every tenth, the agency's acceptance — in transactions of
 * {@code bench.seedBatch} evaluations each instead of one per request, which is what makes 100,000
 * affordable (HTTP would add a request, a sign-in check and a read-back to each). Spread over
 * {@code bench.agencies} agencies, {@code bench.departments} departments and the years 2016–2025,
 * so that the list's filters select and the inboxes differ; {@code bench.users} evaluators (one
 * per agency first) and as many bureau users sign in to read them.
 *
 * <p>When complete, the database is marked (a file beside the H2 database, or the table
 * {@code bench_seed}) and later runs of the same sizes reuse it ({@code -Dbench.reseed=true} seeds again).
 */
@ExtendWith(BenchSelection.class)
@ExtendWith(ArquillianExtension.class)
@Figures({"inbox", "list"})
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(4)
class SeedRowsBench {

    static final String PASSWORD = "Bench#Load2026";
    static final int FIRST_YEAR = 2016;
    static final int YEARS = 10;
    /** Every tenth evaluation is accepted: its open task is then setTargets, its status TARGETS. */
    static final int ACCEPT_EVERY = 10;

    @Deployment
    @TargetsContainer(Containers.SEED)
    static WebArchive deployment() {
        return Containers.benchWar(SeedRowsBench.class);
    }

    @Inject
    EvaluationWorkflow workflow;

    @Inject
    Administration administration;

    @Inject
    DemoAccounts accounts;

    @Test
    @Order(1)
    void seedInTheContainer() {
        BenchConfig cfg = BenchConfig.current();
        InContainer out = InContainer.of(cfg, "seed");
        out.start(() -> seed(cfg, out));
    }

    @Test
    @Order(2)
    @RunAsClient
    void markSeeded() throws Exception {
        Harness h = Harness.current();
        Properties info = Containers.await(h.cfg, "seed");
        Containers.markSeeded(h, info);
    }

    private Properties seed(BenchConfig cfg, InContainer out) throws Exception {
        int rows = cfg.rows();
        int agencyCount = cfg.agencies();
        int departmentCount = cfg.departments();
        int users = cfg.users();
        int batch = cfg.size("bench.seedBatch", 200, 200);
        UserTransaction tx = (UserTransaction) new InitialContext().lookup("java:comp/UserTransaction");
        tx.setTransactionTimeout(3600);
        Caller admin = accounts.caller("admin").from("127.0.0.1");
        Caller bureau = accounts.caller("bureau").from("127.0.0.1");

        // the directory: the demo agency and department, and as many more as asked for
        List<Long> agencies = new ArrayList<>();
        List<Long> departments = new ArrayList<>();
        List<String> evaluators = new ArrayList<>();
        List<String> bureauUsers = new ArrayList<>();
        tx.begin();
        try {
            for (Organisation o : administration.organisations(admin)) {
                if (o.getName().equals(SeedPath.AGENCY)) {
                    agencies.add(o.getId());
                } else if (o.getName().equals(SeedPath.DEPARTMENT)) {
                    departments.add(o.getId());
                }
            }
            for (int i = agencies.size(); i < agencyCount; i++) {
                agencies.add(administration.addOrganisation(admin, new OrganisationDraft(String.format("基准评价机构%03d", i),
                        OrganisationType.AGENCY, null, null, List.of())).getId());
            }
            for (int i = departments.size(); i < departmentCount; i++) {
                departments.add(administration.addOrganisation(admin, new OrganisationDraft(String.format("基准预算单位%04d", i),
                        OrganisationType.DEPARTMENT, null, null, List.of())).getId());
            }
            for (int i = 0; i < Math.max(users, agencyCount); i++) {
                String name = String.format("bench-ev-%03d", i);
                administration.createUser(admin, new AccountDraft(name, "基准评价员" + i, PASSWORD, Role.EVALUATOR,
                        agencies.get(i % agencyCount), List.of()));
                evaluators.add(name);
            }
            for (int i = 0; i < users; i++) {
                String name = String.format("bench-bu-%03d", i);
                administration.createUser(admin, new AccountDraft(name, "基准财政用户" + i, PASSWORD, Role.BUREAU,
                        bureau.organisationId(), List.of()));
                bureauUsers.add(name);
            }
            tx.commit();
        } catch (Exception e) {
            tx.rollback();
            throw e;
        }
        List<Caller> agencyCallers = new ArrayList<>();
        for (int a = 0; a < agencyCount; a++) {
            agencyCallers.add(accounts.caller(evaluators.get(a)).from("127.0.0.1"));
        }

        out.progress(String.format(Locale.ROOT, "seeding %d evaluations (%d agencies, %d departments, years %d–%d, every %dth accepted)"
                + " in transactions of %d", rows, agencyCount, departmentCount, FIRST_YEAR, FIRST_YEAR + YEARS - 1, ACCEPT_EVERY, batch));
        Random random = new Random(20261130L);
        LocalDate due = LocalDate.now().plusDays(300);
        long t0 = System.nanoTime();
        long lastNote = t0;
        for (int start = 0; start < rows; start += batch) {
            tx.begin();
            try {
                for (int n = start; n < Math.min(rows, start + batch); n++) {
                    int agency = n % agencyCount;
                    long department = departments.get(random.nextInt(departmentCount));
                    int year = FIRST_YEAR + random.nextInt(YEARS);
                    long id = workflow.commission(bureau, new CommissionRequest("基准评价" + n + " " + year + "年部门整体支出绩效评价",
                            year, EvaluationKind.DEPARTMENT, PartyRef.withId(department), PartyRef.withId(agencies.get(agency)),
                            due, null, List.of())).getId();
                    if (n % ACCEPT_EVERY == 0) {
                        Caller evaluator = agencyCallers.get(agency);
                        TaskView accept = workflow.openTasksOf(id, evaluator).stream().filter(t -> t.key().equals("accept"))
                                .findFirst().orElseThrow();
                        workflow.complete(evaluator, accept.id(), new TaskCommand.Accept(true, null));
                    }
                }
                tx.commit();
            } catch (Exception e) {
                tx.rollback();
                throw e;
            }
            long now = System.nanoTime();
            int done = Math.min(rows, start + batch);
            if (now - lastNote > 30e9 || done == rows) {
                lastNote = now;
                out.progress(String.format(Locale.ROOT, "seeded %d of %d evaluations in %.0f s (%.0f/s)", done, rows,
                        (now - t0) / 1e9, done / ((now - t0) / 1e9)));
            }
        }
        Properties info = new Properties();
        info.setProperty("agencyIds", join(agencies));
        info.setProperty("departmentIds", join(departments));
        info.setProperty("evaluators", String.join(",", evaluators.subList(0, users)));
        info.setProperty("bureauUsers", String.join(",", bureauUsers));
        info.setProperty("password", PASSWORD);
        info.setProperty("years", FIRST_YEAR + "-" + (FIRST_YEAR + YEARS - 1));
        info.setProperty("statuses", "COMMISSIONED,TARGETS");
        info.setProperty("seedSeconds", String.valueOf((System.nanoTime() - t0) / 1e9));
        return info;
    }

    private static String join(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }
}
