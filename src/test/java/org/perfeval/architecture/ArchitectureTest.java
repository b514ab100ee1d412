package org.perfeval.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.transaction.Transactional;

/**
 * The architecture of DESIGN.md and the README, as rules over the compiled classes: web → workflow →
 * domain; the domain knows no engine, HTTP or JSON; JSON only at the edges (web, the json codecs,
 * persistence, the demo loader); transactions only in the application layer (workflow); no cycles.
 */
@AnalyzeClasses(packages = "org.perfeval", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] DOMAIN = {"org.perfeval.evaluation..", "org.perfeval.rectification..",
        "org.perfeval.indicator..", "org.perfeval.scoring..", "org.perfeval.report..", "org.perfeval.security..",
        "org.perfeval.common..", "org.perfeval.audit..", "org.perfeval.evidence..",
        "org.perfeval.selfevaluation.."};

    @ArchTest
    static final ArchRule domainUsesNoEngineHttpOrJson = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("org.flowable..", "jakarta.ws.rs..", "jakarta.servlet..",
                    "jakarta.json..")
            .because("the domain is plain Java, CDI and JPA (DESIGN.md, Architecture)");

    @ArchTest
    static final ArchRule domainDependsOnNoOuterLayer = noClasses().that().resideInAnyPackage(DOMAIN)
            .should().dependOnClassesThat().resideInAnyPackage("org.perfeval.workflow..", "org.perfeval.web..",
                    "org.perfeval.json..", "org.perfeval.persistence..", "org.perfeval.demo..");

    @ArchTest
    static final ArchRule workflowKnowsNoWebAndNoJson = noClasses().that().resideInAPackage("org.perfeval.workflow..")
            .should().dependOnClassesThat().resideInAnyPackage("org.perfeval.web..", "org.perfeval.demo..",
                    "org.perfeval.json..", "jakarta.json..", "jakarta.ws.rs..")
            .because("use cases take and return domain types; JSON lives at the edges");

    @ArchTest
    static final ArchRule jsonOnlyAtTheEdges = noClasses().that().resideOutsideOfPackages("org.perfeval.web..",
                    "org.perfeval.json..", "org.perfeval.persistence..", "org.perfeval.demo..")
            .should().dependOnClassesThat().resideInAPackage("jakarta.json..");

    @ArchTest
    static final ArchRule webUsesNoEntityManager = noClasses().that().resideInAPackage("org.perfeval.web..")
            .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager");

    @ArchTest
    static final ArchRule transactionsBelongToUseCases = methods().that().areAnnotatedWith(Transactional.class)
            .should().beDeclaredInClassesThat().resideInAPackage("org.perfeval.workflow..")
            .because("application services own the transaction, one per use case");

    @ArchTest
    static final ArchRule noTransactionalClasses = classes().that().areAnnotatedWith(Transactional.class)
            .should().resideInAPackage("org.perfeval.workflow..").allowEmptyShould(true);

    @ArchTest
    static final ArchRule noCycles = slices().matching("org.perfeval.(*)..").should().beFreeOfCycles();
}
