package org.panicscope.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PaletteTest {

    @Test
    void tokensAreReadFromTheAppsStylesheetSyntax() {
        Map<String, Integer> m = Palette.parse(".root {\n  -fx-font-size: 13px;\n  -ps-act-spin: #D55E00;  -ps-lane: #eee;\n}\n"
                + ".other { -ps-act-spin: #000000; }");
        assertEquals(0xd55e00, m.get("-ps-act-spin"), "the .root definition (the first) wins");
        assertEquals(0xeeeeee, m.get("-ps-lane"), "three-digit colours expand");
        assertEquals(2, m.size());
    }

    @Test
    void everyToneHasAColourInEveryTheme() {
        for (String theme : new String[] {"light", "dark", "projector"}) {
            Palette p = Palette.named(theme);
            for (Tone t : Tone.values()) assertNotEquals(0x808080, p.rgb(t), theme + " has no colour for " + t.css());
        }
        assertNotEquals(Palette.named("light").rgb(Tone.BACKGROUND), Palette.named("dark").rgb(Tone.BACKGROUND));
        assertThrows(IllegalArgumentException.class, () -> Palette.named("neon"));
    }

    @Test
    void functionsHaveTheAppsActivityColours() {
        assertEquals(Tone.CONSOLE_LOCK, Tone.ofFunction("console_trylock_spinning"));
        assertEquals(Tone.CONSOLE_WRITE, Tone.ofFunction("serial console write"));
        assertEquals(Tone.STOP, Tone.ofFunction("nmi_shootdown_cpus"));
        assertEquals(Tone.DRIVER, Tone.ofFunction("gsmi_shutdown_reason"));
        assertEquals("-ps-act-console-out", Tone.CONSOLE_WRITE.css());
        // the sysrq trigger is the workload's time, not panic() yet, in a picture as in the app
        assertEquals(Tone.WORKLOAD, Tone.ofFunction("panic trigger"));
        for (org.panicscope.model.Step s : org.panicscope.model.Step.values()) {
            var a = org.panicscope.ui.session.Activity.ofFunction(s.function());
            if (a != null) assertEquals(org.panicscope.ui.timeline.Tone.of(a).token(), Tone.ofFunction(s.function()).css(), s.function());
        }
    }
}
