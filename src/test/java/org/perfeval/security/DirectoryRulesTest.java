package org.perfeval.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DirectoryRulesTest {

    @Test
    void creditCodesAreCheckedByTheirCheckCharacter() {
        // published codes of well-known organisations
        assertTrue(OrganisationCodes.validCreditCode("91350100M000100Y43"));
        assertTrue(OrganisationCodes.validCreditCode("91110108551385082Q"));
        assertNull(OrganisationCodes.problem(OrganisationType.AGENCY, "91350100M000100Y43"));
        assertNotNull(OrganisationCodes.problem(OrganisationType.AGENCY, "91350100M000100Y44"), "wrong check character");
        assertNotNull(OrganisationCodes.problem(OrganisationType.AGENCY, "91350100M000100Y4"), "17 characters");
        assertNotNull(OrganisationCodes.problem(OrganisationType.AGENCY, "91350100M000100I43"), "I is not in the alphabet");
        assertNull(OrganisationCodes.problem(OrganisationType.AGENCY, null), "the code is optional");
    }

    @Test
    void budgetUnitCodesAreDigits() {
        assertNull(OrganisationCodes.problem(OrganisationType.DEPARTMENT, "101001"));
        assertNotNull(OrganisationCodes.problem(OrganisationType.DEPARTMENT, "10A001"));
        assertNotNull(OrganisationCodes.problem(OrganisationType.DEPARTMENT, "12"));
    }

    @Test
    void passwordsNeedLengthAndThreeKindsOfCharacter() {
        assertNull(PasswordPolicy.problem("zhangsan", "Jinzhong#2026"));
        assertNull(PasswordPolicy.problem("zhangsan", "绩效评价Pe2026"), "Chinese characters count as other characters");
        assertNotNull(PasswordPolicy.problem("zhangsan", "Ab1#"), "too short");
        assertNotNull(PasswordPolicy.problem("zhangsan", "abcdefgh12"), "two kinds only");
        assertNotNull(PasswordPolicy.problem("zhangsan", "Zhangsan#1"), "contains the user name");
        assertNotNull(PasswordPolicy.problem("zhangsan", "P@ssw0rd"), "common");
        assertNotNull(PasswordPolicy.problem("zhangsan", "Aa1#" + "x".repeat(200)), "too long");
    }

    @Test
    void oneTimePasswordsPassTheRule() {
        for (int i = 0; i < 200; i++) {
            String p = AccountAdministration.oneTimePassword();
            assertNull(PasswordPolicy.problem("admin", p), p);
        }
    }

    @Test
    void rolesBelongToTheirKindOfOrganisation() {
        assertTrue(Role.EVALUATOR.belongsTo(OrganisationType.AGENCY));
        assertEquals(false, Role.EVALUATOR.belongsTo(OrganisationType.DEPARTMENT));
        assertTrue(Role.ADMIN.belongsTo(OrganisationType.BUREAU));
        assertEquals(false, Role.DEPARTMENT.belongsTo(OrganisationType.BUREAU));
    }
}
