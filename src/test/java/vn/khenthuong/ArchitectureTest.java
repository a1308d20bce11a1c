package vn.khenthuong;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.RestController;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The package graph as the README draws it: features that depend on each other in one direction only,
 * a kernel that depends on no feature, services that know nothing of HTTP, and every delegate of a
 * process beside its process.
 */
class ArchitectureTest {

    private static JavaClasses application;

    @BeforeAll
    static void importTheApplication() {
        application = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.khenthuong");
    }

    @Test
    void noPackageCycle() {
        slices().matching("vn.khenthuong.(*)..").should().beFreeOfCycles().check(application);
    }

    @Test
    void theKernelDependsOnNoFeature() {
        noClasses().that().resideInAPackage("vn.khenthuong.kernel..")
                .should().dependOnClassesThat().resideOutsideOfPackages("vn.khenthuong.kernel..", "java..", "javax..",
                        "org..", "com..", "jakarta..")
                .check(application);
    }

    @Test
    void servicesKnowNothingOfHttp() {
        noClasses().that().areAnnotatedWith(Service.class).or().areAnnotatedWith(Repository.class)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.http..",
                        "org.springframework.web..", "jakarta.servlet..")
                .orShould().dependOnClassesThat().areAnnotatedWith(Controller.class)
                .orShould().dependOnClassesThat().areAnnotatedWith(RestController.class)
                .check(application);
    }

    @Test
    void delegatesLiveBesideTheirProcess() {
        classes().that().implement(JavaDelegate.class).or().implement(TaskListener.class)
                .should().resideInAnyPackage("vn.khenthuong.nomination", "vn.khenthuong.decision")
                .check(application);
    }

    @Test
    void pdfSignaturesAndTheTaskGuardServeAnyFeature() {
        noClasses().that().resideInAnyPackage("vn.khenthuong.pdf..", "vn.khenthuong.signature..",
                        "vn.khenthuong.workflow..", "vn.khenthuong.kernel..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.khenthuong.dossier..",
                        "vn.khenthuong.decision..", "vn.khenthuong.nomination..", "vn.khenthuong.registry..",
                        "vn.khenthuong.statistics..")
                .check(application);
    }
}
