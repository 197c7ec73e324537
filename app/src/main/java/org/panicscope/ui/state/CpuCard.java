package org.panicscope.ui.state;

import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import org.panicscope.model.Cpu;
import org.panicscope.model.Kernel;
import org.panicscope.ui.session.Frame;

/**
 * Per-CPU state (design doc §2.1): status (spinning on what), IRQs on or off, in NMI, pending NMI or REBOOT IPI,
 * printk_safe nesting, the step it is at. IRQs off is where a REBOOT IPI cannot land; an NMI lands anyway.
 */
public final class CpuCard extends StateCard {
    private static final String[] HEAD = {"CPU", "status", "IRQs", "NMI / IPI", "safe", "at"};
    private static final String[] KEYS = {null, "status", "irqs", "pending", "printk_safe", "pc"};
    private static final PseudoClass IRQ_OFF = PseudoClass.getPseudoClass("irq-off");
    private static final PseudoClass HALTED = PseudoClass.getPseudoClass("halted");
    private static final PseudoClass SPINNING = PseudoClass.getPseudoClass("spinning");
    private final GridPane grid = new GridPane();
    private final List<Label[]> rows = new ArrayList<>();

    public CpuCard() {
        super("cpus", "CPUs", "IRQs off: a REBOOT IPI waits; an NMI lands between any two steps; safe = printk_safe nesting");
        grid.getStyleClass().add("cpu-grid");
        for (int c = 0; c < HEAD.length; c++) {
            Label h = new Label(HEAD[c]);
            h.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            h.getStyleClass().add("grid-head");
            grid.add(h, c, 0);
        }
        getChildren().add(grid);
    }

    @Override public void show(Frame f) {
        Kernel k = f.kernel();
        while (rows.size() < k.cpuCount()) {
            Label[] r = new Label[HEAD.length];
            for (int c = 0; c < r.length; c++) {
                r[c] = new Label();
                r[c].getStyleClass().add(c == 0 ? "grid-cpu" : "grid-cell");
                r[c].setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                grid.add(r[c], c, rows.size() + 1);
            }
            rows.add(r);
        }
        for (int i = 0; i < rows.size(); i++) {
            Label[] r = rows.get(i);
            boolean present = i < k.cpuCount();
            for (Label l : r) { l.setVisible(present); l.setManaged(present); }
            if (!present) continue;
            Cpu c = k.cpu(i);
            String[] v = {
                "CPU" + i,
                c.status() == org.panicscope.model.CpuStatus.SPIN ? "SPIN " + c.spinOn().label() : c.status().name().replace('_', '-'),
                c.irqsOn() ? "on" : "OFF",
                (c.inNmi() ? "in NMI " : "") + (c.pendingNmi() != Cpu.NmiKind.NONE ? "NMI pending " : "") + (c.pendingIpi() ? "IPI pending" : ""),
                Integer.toString(c.printkSafe()),
                c.pc().id()};
            for (int col = 0; col < v.length; col++) {
                r[col].setText(v[col].isBlank() ? "-" : v[col]);
                r[col].pseudoClassStateChanged(VarRow.CHANGED, KEYS[col] != null && f.changed("cpu" + i + "." + KEYS[col]));
            }
            r[2].pseudoClassStateChanged(IRQ_OFF, !c.irqsOn());
            r[1].pseudoClassStateChanged(HALTED, c.status().stopped());
            r[3].pseudoClassStateChanged(VarRow.DANGER, c.pendingNmi() != Cpu.NmiKind.NONE);
            r[1].pseudoClassStateChanged(SPINNING, c.status() == org.panicscope.model.CpuStatus.SPIN);
        }
    }

    /** The text of one cell, for tests: row = CPU, col as in the header. */
    public String cell(int cpu, int col) { return rows.get(cpu)[col].getText(); }
}
