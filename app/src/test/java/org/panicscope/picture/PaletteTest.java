package org.panicscope.picture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.panicscope.model.Step;
import org.panicscope.recording.Activity;

/** The palette is read from the theme stylesheets, the only place a colour is written. */
class PaletteTest {
    private static final Path THEMES = Path.of("../assets/themes");

    @Test
    void tokensAreReadFromTheAppsStylesheetSyntax() {
        Map<String, Integer> m = Palette.parse(".root {\n  -fx-font-size: 13px;\n  -ps-act-spin: #D55E00;  -ps-lane: #eee;\n}\n"
                + ".other { -ps-act-spin: #000000; }");
        assertEquals(0xd55e00, m.get("-ps-act-spin"), "the .root definition (the first) wins");
        assertEquals(0xeeeeee, m.get("-ps-lane"), "three-digit colours expand");
        assertEquals(2, m.size());
    }

    /** Each theme file in the repository defines every tone's token, and the packaged palette has its exact values. */
    @Test
    void everyThemeDefinesEveryToneAndThePaletteHasItsValues() throws Exception {
        for (String theme : Palette.THEMES) {
            Map<String, Integer> css = Palette.parse(Files.readString(THEMES.resolve(theme + ".css")));
            Palette p = Palette.named(theme);
            for (Tone t : Tone.values()) {
                assertThat(css).as(theme + ".css defines " + t.token()).containsKey(t.token());
                assertThat(p.rgb(t)).as(theme + " " + t.token()).isEqualTo(css.get(t.token()));
            }
        }
        assertThat(Palette.named("light").rgb(Tone.IRQ_OFF)).isEqualTo(0x3a3f45); // the value light.css writes
        assertThatThrownBy(() -> Palette.named("neon")).isInstanceOf(IllegalArgumentException.class);
    }

    /** A stylesheet that lacks one token is refused by name, not drawn in a made-up colour. */
    @Test
    void aStylesheetMissingATokenIsRefused() throws Exception {
        String light = Files.readString(THEMES.resolve("light.css"));
        Palette.fromStylesheet("light", light); // complete: accepted
        String without = light.replaceAll("-ps-irq-off:\\s*#[0-9a-fA-F]+;", "");
        assertThat(without).isNotEqualTo(light);
        assertThatThrownBy(() -> Palette.fromStylesheet("broken", without))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("-ps-irq-off");
    }

    @Test
    void functionsHaveTheAppsActivityColours() {
        assertEquals(Tone.ACT_CONSOLE_LOCK, Tone.ofFunction("console_trylock_spinning"));
        assertEquals(Tone.ACT_CONSOLE_OUT, Tone.ofFunction("serial console write"));
        assertEquals(Tone.ACT_CPU_STOP, Tone.ofFunction("nmi_shootdown_cpus"));
        assertEquals(Tone.ACT_DRIVER, Tone.ofFunction("gsmi_shutdown_reason"));
        assertEquals("-ps-act-console-out", Tone.ACT_CONSOLE_OUT.token());
        // the sysrq trigger is the workload's time, not panic() yet, in a picture as in the app
        assertEquals(Tone.ACT_WORKLOAD, Tone.ofFunction("panic trigger"));
        for (Step s : Step.values()) {
            Activity a = Activity.ofFunction(s.function());
            if (a != null) assertEquals(Tone.of(a), Tone.ofFunction(s.function()), s.function());
        }
    }
}
