package org.panicscope.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.panicscope.engine.Verdict;
import org.panicscope.model.Config;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.Scenarios;

/**
 * Narration follows the run shown (issue 11 item 6): for every bundled scenario under every named configuration, the
 * note shown at the end of the run names no verdict other than the run's own. (Under FINAL the narration used to tell
 * BASE's deadlock while the run completed.)
 */
class NarrationVerdictTest {
    @Test void theNoteAtTheEndNeverNamesAnotherVerdict() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (String id : Scenarios.IDS) {
            Scenario s = Scenarios.bundled(id);
            for (String c : Config.namedIds()) {
                SessionViewModel vm = new SessionViewModel();
                vm.open(s);
                vm.setConfig(Config.parse(c));
                vm.toEnd();
                if (vm.tape().outcome() == null) continue;
                Verdict run = vm.tape().outcome().verdict();
                String text = vm.narrationProperty().get();
                checked++;
                for (Verdict v : Verdict.values())
                    if (v != run && Pattern.compile("(?<![\\w-])" + Pattern.quote(v.id()) + "(?![\\w-])").matcher(text).find())
                        wrong.add(id + " under " + c + " ends in " + run.id() + " but its note names " + v.id()
                                + (vm.narratedRun() ? " (hand-written note)" : ""));
            }
        }
        assertThat(checked).isGreaterThan(20);
        assertThat(wrong).isEmpty();
    }

    @Test void underFinalOwnerHaltedIsToldFromItsOwnRun() {
        SessionViewModel vm = new SessionViewModel();
        vm.open(Scenarios.bundled("owner-halted"));
        vm.setConfig(Config.parse("FINAL"));
        vm.toEnd();
        String text = vm.narrationProperty().get();
        assertThat(text).contains("OK-K").contains("under FINAL").doesNotContain("deadlock");
    }
}
