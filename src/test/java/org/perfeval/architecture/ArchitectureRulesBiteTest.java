package org.perfeval.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.perfeval.indicator.SheetSteps;
import org.perfeval.scoring.JsonScoring;

/** The architecture rules find what they forbid: test helpers that put JSON into domain packages break them. */
class ArchitectureRulesBiteTest {

    @Test
    void jsonInADomainPackageIsCaught() {
        var leaking = new ClassFileImporter().importClasses(JsonScoring.class, SheetSteps.class);
        assertTrue(ArchitectureTest.domainUsesNoEngineHttpOrJson.evaluate(leaking).hasViolation());
        assertTrue(ArchitectureTest.jsonOnlyAtTheEdges.evaluate(leaking).hasViolation());
        assertTrue(ArchitectureTest.domainDependsOnNoOuterLayer.evaluate(leaking).hasViolation(), "SheetSteps uses web");
    }

    @Test
    void theDomainItselfIsClean() {
        var domain = new ClassFileImporter().withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("org.perfeval.scoring", "org.perfeval.indicator");
        assertFalse(domain.isEmpty());
        assertFalse(ArchitectureTest.domainUsesNoEngineHttpOrJson.evaluate(domain).hasViolation());
    }
}
