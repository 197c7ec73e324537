package org.panicscope.ui.talk;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.panicscope.course.Runs;
import org.panicscope.model.Config;
import org.panicscope.talk.Talk;
import org.panicscope.ui.session.SessionViewModel;

/**
 * A talk being given: which slide, and where in the slide's choice range the run stands. Drives the main window's
 * session (the audience sees the app itself, with the slide's run loaded), so a slide shows exactly what the app
 * computes. The presenter keys step through the slide's choices and then on to the next slide.
 */
public final class TalkDeck {
    private final Talk talk;
    private final SessionViewModel vm;
    private final ReadOnlyIntegerWrapper slide = new ReadOnlyIntegerWrapper(this, "slide", -1);
    private final ReadOnlyBooleanWrapper blank = new ReadOnlyBooleanWrapper(this, "blank", false);
    private final long started = System.nanoTime();

    public TalkDeck(Talk talk, SessionViewModel vm) {
        this.talk = talk;
        this.vm = vm;
    }

    // ---- Properties ---------------------------------------------------------------------------------------------
    public ReadOnlyIntegerProperty slideProperty() { return slide.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty blankProperty() { return blank.getReadOnlyProperty(); }
    public Talk talk() { return talk; }
    public int slideIndex() { return slide.get(); }
    public Talk.Slide current() { return talk.slides().get(slide.get()); }
    /** The slide after the current one, or null on the last. */
    public Talk.Slide upcoming() { return slide.get() + 1 < talk.slides().size() ? talk.slides().get(slide.get() + 1) : null; }
    public boolean isBlank() { return blank.get(); }
    /** Seconds since the talk was opened. */
    public long elapsedSeconds() { return (System.nanoTime() - started) / 1_000_000_000L; }

    // ---- Commands -------------------------------------------------------------------------------------------------

    /** Loads slide {@code i} into the session, at the first choice of its range. */
    public void show(int i) {
        Talk.Slide s = talk.slides().get(i);
        vm.open(Runs.scenario(s.run()));
        vm.setConfig(Config.parse(s.run().config()));
        if (s.run().schedule() != null) vm.applySchedule(s.run().schedule());
        vm.seek(Math.min(s.from(), vm.length()));
        slide.set(i);
    }

    /** The last choice of the current slide's range. */
    public int end() {
        int to = current().to();
        return to < 0 ? vm.length() : Math.min(to, vm.length());
    }

    /** PageDown, Right, Space: the next choice of the range, then the next slide. Returns false on the very end. */
    public boolean next() {
        if (vm.position() < end()) { vm.seek(vm.position() + 1); return true; }
        if (slide.get() + 1 < talk.slides().size()) { show(slide.get() + 1); return true; }
        return false;
    }

    /** PageUp, Left: back one choice, then to the end of the previous slide. */
    public boolean previous() {
        if (vm.position() > Math.min(current().from(), vm.length())) { vm.seek(vm.position() - 1); return true; }
        if (slide.get() > 0) {
            show(slide.get() - 1);
            vm.seek(end());
            return true;
        }
        return false;
    }

    public void first() { show(0); }

    public void last() { show(talk.slides().size() - 1); }

    /** B or '.': a black audience screen (again: back). */
    public void toggleBlank() { blank.set(!blank.get()); }
}
