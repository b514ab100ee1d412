package org.perfeval.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.perfeval.security.Caller;
import org.perfeval.security.Directory;
import org.perfeval.security.Organisation;
import org.perfeval.security.OrganisationType;
import org.perfeval.security.Authenticator;
import org.perfeval.security.Role;
import org.perfeval.security.UserAccount;

/** The demo organisations and accounts (API.md): bureau, evaluator, department, admin, password "demo". */
@ApplicationScoped
public class DemoAccounts {

    public static final String BUREAU = "晋中开发区财政局";
    public static final String AGENCY = "山西天正会计师事务所";
    public static final String DEPARTMENT = "新能源汽车园事业服务中心";
    /** A second agency recorded as conflicted with the department (回避), to show a refused acceptance. */
    public static final String CONFLICTED_AGENCY = "晋中恒信会计师事务所";
    public static final String PASSWORD = "demo";

    @Inject
    Directory directory;

    @Inject
    Authenticator authenticator;

    /** Creates the demo organisations and users on an empty database; false when there is data already. */
    @Transactional
    public boolean create() {
        if (!directory.isEmpty()) {
            return false;
        }
        Organisation bureau = directory.addOrganisation(new Organisation(BUREAU, OrganisationType.BUREAU));
        Organisation agency = directory.addOrganisation(new Organisation(AGENCY, OrganisationType.AGENCY));
        Organisation department = directory.addOrganisation(new Organisation(DEPARTMENT, OrganisationType.DEPARTMENT));
        Organisation conflicted = directory.addOrganisation(new Organisation(CONFLICTED_AGENCY, OrganisationType.AGENCY));
        String hash = authenticator.hash(PASSWORD);
        directory.addUser(UserAccount.demo("bureau", "财政局绩效科", hash, Role.BUREAU, bureau));
        directory.addUser(UserAccount.demo("evaluator", "天正评价组", hash, Role.EVALUATOR, agency));
        directory.addUser(UserAccount.demo("department", "汽车园财务室", hash, Role.DEPARTMENT, department));
        directory.addUser(UserAccount.demo("admin", "系统管理员", hash, Role.ADMIN, bureau));
        directory.addUser(UserAccount.demo("evaluator2", "恒信评价组", hash, Role.EVALUATOR, conflicted));
        directory.recordConflict(conflicted.getId(), department.getId(), "曾为该单位提供年度审计服务");
        return true;
    }

    @Transactional
    public Caller caller(String username) {
        return directory.user(username).orElseThrow().asCaller();
    }
}
