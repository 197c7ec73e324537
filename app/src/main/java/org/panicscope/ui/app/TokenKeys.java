package org.panicscope.ui.app;

import java.util.function.Consumer;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.panicscope.engine.Choice;

/**
 * Typing the schedule: a digit lets that CPU take the next step (the token {@code 1}); {@code n}, {@code i} or
 * {@code p} followed by a digit lands the NMI, the REBOOT IPI, or enters panic on that CPU ({@code n1}). So a
 * schedule string can be played on the keyboard exactly as it is written.
 */
final class TokenKeys {
    private final Consumer<Choice> choose;
    private final Consumer<String> say;
    private Choice.Kind prefix;

    TokenKeys(Consumer<Choice> choose, Consumer<String> say) {
        this.choose = choose;
        this.say = say;
    }

    /** Handles a key without modifiers; returns true when it belonged to a token. */
    boolean handle(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown() || e.isShiftDown()) return false;
        int digit = digit(e.getCode());
        if (digit >= 0) {
            Choice.Kind k = prefix == null ? Choice.Kind.STEP : prefix;
            prefix = null;
            choose.accept(new Choice(k, digit));
            return true;
        }
        Choice.Kind p = switch (e.getCode()) {
            case N -> Choice.Kind.NMI;
            case I -> Choice.Kind.IPI;
            case P -> Choice.Kind.PANIC;
            default -> null;
        };
        if (p != null) {
            prefix = p;
            say.accept("'" + e.getCode().getName().toLowerCase() + "' then a CPU digit: "
                    + (p == Choice.Kind.NMI ? "the NMI lands on that CPU" : p == Choice.Kind.IPI ? "the REBOOT IPI lands on that CPU" : "that CPU enters panic()"));
            return true;
        }
        if (prefix != null && e.getCode() == KeyCode.ESCAPE) {
            prefix = null;
            say.accept("");
            return true;
        }
        prefix = null;
        return false;
    }

    static int digit(KeyCode c) {
        if (c.isDigitKey()) {
            String n = c.getName();
            char ch = n.charAt(n.length() - 1);
            if (Character.isDigit(ch)) return ch - '0';
        }
        return -1;
    }
}
