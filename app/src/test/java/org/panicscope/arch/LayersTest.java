package org.panicscope.arch;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of docs/architecture.md, checked on the compiled classes (STYLE rule 1: checked, not hoped for):
 *
 * <pre>
 *   model  <-  engine  <-  scenario  <-  recording  <-  picture  <-  export  <-  ui  <-  cli  <-  org.panicscope (Main)
 *                                   <-  sweep  <-  ui, cli
 *                                   <-  course  <-  talk  <-  ui, cli
 * </pre>
 *
 * A layer may use any layer to its left, never one to its right; no package takes part in a cycle; nothing below
 * the views imports JavaFX.
 */
class LayersTest {
    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.panicscope");
    }

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("model").definedBy("org.panicscope.model..")
                .layer("engine").definedBy("org.panicscope.engine..")
                .layer("scenario").definedBy("org.panicscope.scenario..")
                .layer("sweep").definedBy("org.panicscope.sweep..")
                .layer("course").definedBy("org.panicscope.course..")
                .layer("talk").definedBy("org.panicscope.talk..")
                .layer("recording").definedBy("org.panicscope.recording..")
                .layer("picture").definedBy("org.panicscope.picture..")
                .layer("ui").definedBy("org.panicscope.ui..")
                .layer("export").definedBy("org.panicscope.export..")
                .layer("cli").definedBy("org.panicscope.cli..")
                .layer("main").definedBy("org.panicscope")
                .whereLayer("main").mayNotBeAccessedByAnyLayer()
                .whereLayer("cli").mayOnlyBeAccessedByLayers("main")
                .whereLayer("ui").mayOnlyBeAccessedByLayers("cli", "main")
                .whereLayer("export").mayOnlyBeAccessedByLayers("ui", "cli", "main")
                .whereLayer("sweep").mayOnlyBeAccessedByLayers("ui", "cli", "main")
                .whereLayer("talk").mayOnlyBeAccessedByLayers("ui", "cli", "main")
                .whereLayer("course").mayOnlyBeAccessedByLayers("talk", "ui", "cli", "main")
                .whereLayer("picture").mayOnlyBeAccessedByLayers("ui", "export", "cli", "main")
                .whereLayer("recording").mayOnlyBeAccessedByLayers("picture", "ui", "export", "cli", "main")
                .whereLayer("scenario").mayOnlyBeAccessedByLayers("sweep", "course", "talk", "recording", "picture", "ui", "export", "cli", "main")
                .whereLayer("engine").mayOnlyBeAccessedByLayers("scenario", "sweep", "course", "talk", "recording", "picture", "ui", "export", "cli", "main")
                .whereLayer("model").mayOnlyBeAccessedByLayers("engine", "scenario", "sweep", "course", "talk", "recording", "picture", "ui", "export", "cli", "main")
                .check(classes);
    }

    @Test
    void noPackageTakesPartInACycle() {
        slices().matching("org.panicscope.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void nothingBelowTheViewsUsesJavafx() {
        noClasses().that(resideInAPackage("org.panicscope.model..").or(resideInAPackage("org.panicscope.engine.."))
                        .or(resideInAPackage("org.panicscope.scenario..")).or(resideInAPackage("org.panicscope.sweep..")).or(resideInAPackage("org.panicscope.course.."))
                        .or(resideInAPackage("org.panicscope.talk..")).or(resideInAPackage("org.panicscope.recording.."))
                        .or(resideInAPackage("org.panicscope.picture..")).or(resideInAPackage("org.panicscope.export.."))
                        .or(resideInAPackage("org.panicscope.cli..")))
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }
}
