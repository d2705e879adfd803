package org.dmspilot.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** No package of org.dmspilot depends on itself through another, and the two faces (GUI, CLI) never meet. */
@AnalyzeClasses(packages = "org.dmspilot", importOptions = ImportOption.DoNotIncludeTests.class)
class CyclesTest {
    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("org.dmspilot.(**)")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule guiDoesNotUseCli = noClasses()
            .that().resideInAPackage("org.dmspilot.gui..")
            .should().dependOnClassesThat().resideInAPackage("org.dmspilot.cli..");
}
