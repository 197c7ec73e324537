package org.panicscope.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.panicscope.model.Config;
import org.panicscope.model.Step;
import org.panicscope.model.Switch;
import org.panicscope.recording.Activity;

/** The small parts of the view model: configuration names, code listings, the colour classes of steps. */
class ViewModelPartsTest {

    @Test void configurationNamesRoundTripThroughTheParser() {
        for (String n : Config.namedIds()) assertThat(ConfigNames.nameFor(Config.parse(n).switches())).isEqualTo(n);
        var s = EnumSet.copyOf(Config.parse("FINAL").switches());
        s.add(Switch.FX_TRYLOCK);
        s.remove(Switch.KD_AFTER_STOP);
        String name = ConfigNames.nameFor(s);
        assertThat(name).isEqualTo("FINAL-KD-AFTER-STOP+FX-TRYLOCK");
        assertThat(Config.parse(name).switches()).isEqualTo(s);
    }

    @Test void theCodePanelListsTheFunctionWithPatchesMarked() {
        List<CodeListing.Line> base = CodeListing.of(Step.CTS8, Config.parse("BASE"));
        assertThat(base).extracting(l -> l.step().id()).containsExactly("CTS1", "CTS2", "CTS3", "CTS4", "CTS5", "CTS6", "CTS7", "CTS8", "CTS9");
        assertThat(base).filteredOn(CodeListing.Line::current).extracting(l -> l.step().id()).containsExactly("CTS8");
        CodeListing.Line cts2 = base.get(1);
        assertThat(cts2.patch()).isEqualTo("P2/VP/VS");
        assertThat(cts2.patchOn()).isFalse();
        assertThat(CodeListing.of(Step.CTS8, Config.parse("FINAL")).get(1).patchOn()).isTrue();
        assertThat(CodeListing.of(Step.CTS8, Config.parse("VS")).get(1).patchOn()).isTrue();
        assertThat(CodeListing.patchOn("FX-TRYLOCK", Config.parse("FINAL+FX-TRYLOCK"))).isTrue();
    }

    @Test void everyStepOfTheModelHasAColourClass() {
        for (Step s : Step.values()) {
            if (s == Step.DONE || s == Step.KDUMP) continue;
            assertThat(Activity.ofFunction(s.function())).as(s + " (" + s.function() + ")").isNotNull();
        }
        assertThat(Activity.of(Step.CTS8)).isEqualTo(Activity.CONSOLE_LOCK);
        assertThat(Activity.of(Step.DRV2)).isEqualTo(Activity.CONSOLE_OUT);
        assertThat(Activity.of(Step.NS2)).isEqualTo(Activity.CPU_STOP);
    }

    @Test void theRingOfTheRingBufferMapsSlotsToSeqs() {
        // first 6, next 14, C 8: slot s holds the seq in [6, 14) congruent to s
        assertThat(org.panicscope.ui.state.RingBufferRendererAccess.seqAt(6, 14, 8, 6)).isEqualTo(6);
        assertThat(org.panicscope.ui.state.RingBufferRendererAccess.seqAt(6, 14, 8, 5)).isEqualTo(13);
        assertThat(org.panicscope.ui.state.RingBufferRendererAccess.seqAt(0, 3, 8, 5)).isEqualTo(-1);
    }
}
