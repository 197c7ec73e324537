package org.panicscope.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.panicscope.engine.Budget;
import org.panicscope.engine.Verdict;
import org.panicscope.model.Config;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.ScenarioLoader;
import org.panicscope.ui.FxTestSupport;
import org.panicscope.ui.controls.VerdictBanner;

/** The window drives its runs through the same loop and budget: a run without a verdict shows a NO-VERDICT banner. */
class TapeBudgetTest {
    @Test void aTapeStopsAtTheBudgetAndTheBannerSaysSo() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("src/test/resources/bounds/endless.json"));
        Config base = Config.parse("BASE");
        Tape t = Tape.record(s, base, s.schedule(), new Budget(3000, Budget.Heap.RUNTIME));
        assertThat(t.size()).isEqualTo(3000);
        assertThat(t.outcome().verdict()).isEqualTo(Verdict.NO_VERDICT);
        Frame end = FrameBuilder.build(t, t.size(), t.runAt(t.size()), t.runAt(t.size() - 1).kernel());
        assertThat(end.outcome().verdict()).isEqualTo(Verdict.NO_VERDICT);

        FxTestSupport.start();
        VerdictBanner b = new VerdictBanner();
        b.show(s, base, t, end);
        assertThat(b.badgeText()).isEqualTo("NO-VERDICT");
        assertThat(b.reasonText()).startsWith("no verdict within 3000 choices");
        assertThat(b.getStyleClass()).contains("verdict-error");
    }
}
