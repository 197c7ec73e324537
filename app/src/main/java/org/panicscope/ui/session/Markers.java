package org.panicscope.ui.session;

import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.panicscope.recording.Tape;

/**
 * The two markers of the timeline (positions, -1 when unset) and the distance between them, in choices and in
 * model time (one time unit is about 10 ms, design doc §2.3).
 */
public final class Markers {
    private final ReadOnlyIntegerWrapper a = new ReadOnlyIntegerWrapper(this, "a", -1);
    private final ReadOnlyIntegerWrapper b = new ReadOnlyIntegerWrapper(this, "b", -1);
    private final Supplier<Tape> tape;
    private final IntSupplier position;
    private final Consumer<String> say;

    Markers(Supplier<Tape> tape, IntSupplier position, Consumer<String> say) {
        this.tape = tape;
        this.position = position;
        this.say = say;
    }

    public ReadOnlyIntegerProperty aProperty() { return a.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty bProperty() { return b.getReadOnlyProperty(); }
    public int a() { return a.get(); }
    public int b() { return b.get(); }

    /** Marker A at the cursor. */
    public void markA() { a.set(position.getAsInt()); say.accept(words()); }
    /** Marker B at the cursor. */
    public void markB() { b.set(position.getAsInt()); say.accept(words()); }
    public void set(int ma, int mb) { a.set(ma); b.set(mb); }
    public void clear() { set(-1, -1); }

    void clamp(int length) {
        if (a.get() > length) a.set(length);
        if (b.get() > length) b.set(length);
    }

    /** "A #100 to B #300: 200 choices, 12 time units (about 120 ms)". */
    public String words() {
        int ma = a.get(), mb = b.get();
        if (ma < 0 && mb < 0) return "No markers (M and Shift+M set them)";
        if (ma < 0 || mb < 0) return "Marker " + (ma < 0 ? "B at #" + mb : "A at #" + ma) + "; set the other one to measure";
        long dt = Math.abs(tape.get().log().timeAt(mb) - tape.get().log().timeAt(ma));
        return "A #" + ma + " to B #" + mb + ": " + Math.abs(mb - ma) + " choices, " + dt + " time units (about " + dt * 10 + " ms)";
    }
}
