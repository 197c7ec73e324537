package org.panicscope.ui.state;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.panicscope.model.Kernel;
import org.panicscope.model.SpinLock;
import org.panicscope.ui.session.Frame;

/**
 * console_sem (design doc §3): the semaphore's count, drawn large, who took it last, and its internal raw spinlock
 * sem->lock with holder and queue. A CPU halted inside down_trylock() holding sem->lock is window (d), the hang that
 * is still open after the series.
 */
public final class ConsoleSemCard extends StateCard {
    private final Label count = new Label();
    private final Label countNote = new Label();
    private final VarRow holder = new VarRow("taken by");
    private final VarRow lock = new VarRow("sem->lock");
    private final VarRow locked = new VarRow("console_locked");

    public ConsoleSemCard() {
        super("console_sem", "console_sem", "counting semaphore; down_trylock() and up() take its raw spinlock sem->lock with IRQs off");
        count.getStyleClass().add("big-number");
        countNote.getStyleClass().add("var-note");
        countNote.setWrapText(true);
        VBox side = new VBox(new Label("count") {{ getStyleClass().add("var-name"); }}, countNote);
        HBox top = new HBox(12, count, side);
        top.getStyleClass().add("big-row");
        getChildren().addAll(top, holder, lock, locked);
    }

    @Override public void show(Frame f) {
        Kernel k = f.kernel();
        count.setText(Integer.toString(k.semCount()));
        count.pseudoClassStateChanged(VarRow.CHANGED, f.changed("console_sem.count"));
        countNote.setText(k.semCount() > 0 ? "free: the next console_trylock() gets it" : "taken: console_trylock() fails");
        int h = k.semHolder();
        holder.show(cpu(h), stopped(f, h) ? "HALTED while owning the console" : h >= 0 ? "prints the console" : "",
                f.changed("console_sem.holder"), stopped(f, h));
        SpinLock l = k.semLock();
        boolean dead = stopped(f, l.holder());
        lock.show(lockText(l), dead ? "holder HALTED inside down_trylock()/up(): every later taker spins forever"
                : l.held() ? "raw spinlock, IRQs off" : "", f.changed("console_sem.lock"), dead);
        locked.show(Boolean.toString(k.consoleLocked()), "", false, false);
    }
}
