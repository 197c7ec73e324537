package org.panicscope.ui.code;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.panicscope.model.Config;
import org.panicscope.model.Cpu;
import org.panicscope.model.CpuStatus;
import org.panicscope.model.Step;
import org.panicscope.ui.session.CodeListing;

/**
 * The code panel of one CPU: what it is doing, its call stack as kernel functions, and the step list of the
 * function it is in with the current step marked (▶, or ✕ where it was halted).
 */
public final class CodePanel extends VBox {
    private final Label headline = new Label();
    private final Label stack = new Label();
    private final VBox lines = new VBox();
    private String function;
    private Config config;
    private final java.util.Map<String, List<CodeLine>> cache = new java.util.HashMap<>();

    public CodePanel() {
        getStyleClass().add("code-panel");
        headline.getStyleClass().add("code-headline");
        stack.getStyleClass().add("code-stack");
        stack.setWrapText(true);
        lines.getStyleClass().add("code-lines");
        getChildren().addAll(headline, stack, lines);
    }

    public void show(Cpu c, Config cfg) {
        headline.setText(CodeListing.headline(c));
        stack.setText(String.join("  ›  ", CodeListing.stack(c)));
        Step pc = c.pc();
        if (!cfg.equals(config)) cache.clear();
        if (!pc.function().equals(function) || !cfg.equals(config)) {
            function = pc.function();
            config = cfg;
            List<CodeLine> l = cache.computeIfAbsent(function, f -> CodeListing.of(pc, cfg).stream().map(CodeLine::new).toList());
            lines.getChildren().setAll(l);
        }
        boolean halted = c.status().stopped();
        for (var n : lines.getChildren()) {
            CodeLine l = (CodeLine) n;
            l.mark(l.line.step() == pc, halted, c.status() == CpuStatus.SPIN);
        }
        pseudoClassStateChanged(CodeLine.HALTED, halted);
    }

    public String headlineText() { return headline.getText(); }

    /** The step id of the highlighted line, for tests. */
    public String currentStep() {
        for (var n : lines.getChildren()) if (((CodeLine) n).isCurrent()) return ((CodeLine) n).line.step().id();
        return null;
    }

    /** Patch labels shown on this panel's lines. */
    public List<String> patches() {
        return lines.getChildren().stream().map(n -> ((CodeLine) n).line.patch()).filter(p -> p != null).toList();
    }
}
