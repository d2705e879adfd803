package org.dmspilot.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The walls of GUIDE.md section 1: model, core and cli never reach the GUI or JavaFX. */
@AnalyzeClasses(packages = "org.dmspilot", importOptions = ImportOption.DoNotIncludeTests.class)
class LayersTest {
    @ArchTest
    static final ArchRule headlessLayersDoNotUseJavaFx = noClasses()
            .that().resideInAnyPackage("org.dmspilot.model..", "org.dmspilot.core..", "org.dmspilot.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.dmspilot.gui..");

    @ArchTest
    static final ArchRule modelDependsOnNoOtherLayer = noClasses()
            .that().resideInAPackage("org.dmspilot.model..")
            .should().dependOnClassesThat().resideInAnyPackage("org.dmspilot.core..", "org.dmspilot.cli..",
                    "java.sql..");

    @ArchTest
    static final ArchRule coreDoesNotUseCli = noClasses()
            .that().resideInAPackage("org.dmspilot.core..")
            .should().dependOnClassesThat().resideInAPackage("org.dmspilot.cli..");
}
