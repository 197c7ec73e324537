package org.panicscope.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.panicscope.engine.Scheduler;
import org.panicscope.export.Exports;
import org.panicscope.export.TraceEvents;
import org.panicscope.picture.AppPicture;
import org.panicscope.picture.Lanes;
import org.panicscope.recording.Comparison;
import org.panicscope.recording.Tape;
import org.panicscope.ui.session.SessionViewModel;

/**
 * Issue 13, item 1: the window, the exports, {@code compare} and the pictures read one recording of a run, and only
 * that recording drives a run for them.
 */
class OneRecordingTest {
    @Test
    void theWindowTheExportsCompareAndThePicturesReadTheSameRecordingType() throws Exception {
        assertThat(SessionViewModel.class.getMethod("tape").getReturnType()).isEqualTo(Tape.class);
        assertThat(Comparison.class.getMethod("a").getReturnType()).isEqualTo(Tape.class);
        assertThat(Comparison.class.getMethod("of", Tape.class, Tape.class)).isNotNull();
        assertThat(Exports.Request.class.getMethod("run").getReturnType()).isEqualTo(Tape.class);
        assertThat(TraceEvents.class.getMethod("of", java.util.List.class).getGenericParameterTypes()[0].getTypeName())
                .isEqualTo("java.util.List<" + Tape.class.getName() + ">");
        assertThat(Lanes.class.getMethod("recording").getReturnType()).isEqualTo(Tape.class);
        assertThat(AppPicture.class.getMethod("drawRun", org.panicscope.picture.Painter.class, Tape.class,
                org.panicscope.picture.TimelinePicture.Options.class, int.class, String.class)).isNotNull();
    }

    @Test
    void onlyTheRecordingDrivesARunForTheViewsTheExportsAndCompare() {
        noClasses().that().resideInAnyPackage("org.panicscope.recording..", "org.panicscope.picture..",
                        "org.panicscope.export..", "org.panicscope.ui..")
                .and().doNotBelongToAnyOf(Tape.class)
                .should().callMethod(Scheduler.class, "drive", org.panicscope.engine.Run.class, Scheduler.class,
                        org.panicscope.engine.Budget.class, Scheduler.Listener.class)
                .orShould().callMethod(Scheduler.class, "drive", org.panicscope.engine.Run.class, Scheduler.class)
                .orShould().callMethod(Scheduler.class, "drive", org.panicscope.engine.Run.class, Scheduler.class,
                        org.panicscope.engine.Budget.class)
                .because("a run is recorded once, by Tape, and every view reads that recording")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.panicscope"));
    }
}
