package org.panicscope.ui.code;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.panicscope.model.Config;
import org.panicscope.model.Cpu;
import org.panicscope.model.CpuStatus;
import org.panicscope.model.Step;
import org.panicscope.ui.session.CodeListing;

/**
 * The code panel of one CPU: what it is doing, its call stack as kernel functions, and the step list of the
 * function it is in with the current step marked (▶, or ✕ where it was halted). The list scrolls by itself to keep
 * the current step in view.
 */
public final class CodePanel extends VBox {
    private final Label headline = new Label();
    private final Label stack = new Label();
    private final VBox lines = new VBox();
    private final ScrollPane scroll = new ScrollPane(lines);
    private CodeLine current;
    private String function;
    private Config config;
    private final java.util.Map<String, List<CodeLine>> cache = new java.util.HashMap<>();

    public CodePanel() {
        getStyleClass().add("code-panel");
        headline.getStyleClass().add("code-headline");
        stack.getStyleClass().add("code-stack");
        stack.setWrapText(true);
        lines.getStyleClass().add("code-lines");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("code-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(headline, stack, scroll);
        lines.heightProperty().addListener(o -> follow());
        scroll.heightProperty().addListener(o -> follow());
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
        CodeLine was = current;
        current = null;
        for (var n : lines.getChildren()) {
            CodeLine l = (CodeLine) n;
            boolean on = l.line.step() == pc;
            l.mark(on, halted, c.status() == CpuStatus.SPIN);
            if (on) current = l;
        }
        pseudoClassStateChanged(CodeLine.HALTED, halted);
        if (current != was) follow();
    }

    /** Scrolls so that the current line is in view, a third from the top. */
    private void follow() {
        if (current == null) return;
        double contentH = lines.getHeight(), viewH = scroll.getViewportBounds().getHeight();
        if (contentH <= viewH || viewH <= 0) { scroll.setVvalue(0); return; }
        double y = current.getBoundsInParent().getMinY(), bottom = current.getBoundsInParent().getMaxY();
        double top = scroll.getVvalue() * (contentH - viewH);
        if (y >= top && bottom <= top + viewH) return;
        scroll.setVvalue(Math.max(0, Math.min(1, (y - viewH / 3) / (contentH - viewH))));
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
