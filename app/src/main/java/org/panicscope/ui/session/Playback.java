package org.panicscope.ui.session;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * Play and pause at a speed in choices per second. The view's animation timer calls {@link #tick(double)} once per
 * frame with the time since the last one; playing stops by itself at the end of the run.
 */
public final class Playback {
    /** The speeds offered, in choices per second. */
    public static final int[] SPEEDS = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 5000, 20000};
    private static final int DEFAULT_SPEED = 4;

    private final SessionViewModel vm;
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final ReadOnlyIntegerWrapper speedIndex = new ReadOnlyIntegerWrapper(this, "speedIndex", DEFAULT_SPEED);
    private double carry;

    Playback(SessionViewModel vm) { this.vm = vm; }

    public ReadOnlyBooleanProperty playingProperty() { return playing.getReadOnlyProperty(); }
    public ReadOnlyIntegerProperty speedIndexProperty() { return speedIndex.getReadOnlyProperty(); }
    public boolean playing() { return playing.get(); }
    public int speed() { return SPEEDS[speedIndex.get()]; }

    public void play() {
        if (vm.tape() == null) return;
        if (vm.atEnd()) vm.toStart();
        carry = 0;
        playing.set(true);
    }

    public void pause() { playing.set(false); }
    public void toggle() { if (playing.get()) pause(); else play(); }
    public void faster() { setSpeedIndex(speedIndex.get() + 1); }
    public void slower() { setSpeedIndex(speedIndex.get() - 1); }

    public void setSpeedIndex(int i) {
        speedIndex.set(Math.max(0, Math.min(SPEEDS.length - 1, i)));
        vm.say("Speed: " + speed() + " choices per second");
    }

    /** Advances by speed x seconds (whole choices; the remainder carries over). Returns the choices advanced. */
    public int tick(double seconds) {
        if (!playing.get()) return 0;
        carry += speed() * seconds;
        int n = (int) carry;
        carry -= n;
        if (n > 0) vm.seek(vm.position() + n);
        if (vm.atEnd()) pause();
        return n;
    }
}
