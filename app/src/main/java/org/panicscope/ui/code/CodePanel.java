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
    private final VBox content = new VBox();
    private final ScrollPane scroll = new ScrollPane(content);
    private CodeLine current;
    private String function;
    private Config config;
    private final java.util.Map<String, List<CodeLine>> cache = new java.util.HashMap<>();

    public CodePanel() {
        getStyleClass().add("code-panel");
        headline.getStyleClass().add("code-headline");
        stack.getStyleClass().add("code-stack");
        stack.setWrapText(true);
        headline.setWrapText(true);
        headline.setMinHeight(USE_PREF_SIZE);
        stack.setMinHeight(USE_PREF_SIZE);
        lines.getStyleClass().add("code-lines");
        // code never wraps (a wrapped line broke inside identifiers: "raw_spin_l ock_irqsav e"); a long line scrolls
        // sideways instead, and the lines fill the view when they are shorter
        scroll.setFitToWidth(false);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        content.minWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> scroll.getViewportBounds().getWidth(), scroll.viewportBoundsProperty()));
        scroll.getStyleClass().add("code-scroll");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        // the call stack scrolls with the lines: on a short panel the current line keeps the room
        content.getChildren().addAll(stack, lines);
        getChildren().addAll(headline, scroll);
        lines.heightProperty().addListener(o -> follow());
        scroll.heightProperty().addListener(o -> follow());
        scroll.viewportBoundsProperty().addListener(o -> follow());
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

    /** Scrolls so that the current line is in view, a third from the top where the panel has room for that. */
    private void follow() {
        if (current == null) return;
        double contentH = content.getHeight(), viewH = scroll.getViewportBounds().getHeight();
        if (contentH <= viewH || viewH <= 0) { scroll.setVvalue(0); return; }
        double off = lines.getBoundsInParent().getMinY();
        double y = off + current.getBoundsInParent().getMinY(), bottom = off + current.getBoundsInParent().getMaxY();
        double top = scroll.getVvalue() * (contentH - viewH);
        if (y >= top && bottom <= top + viewH) return;
        // a third from the top where there is room, else as high as the line still fits
        double above = Math.max(0, Math.min(viewH / 3, viewH - (bottom - y)));
        scroll.setVvalue(Math.max(0, Math.min(1, (y - above) / (contentH - viewH))));
    }

    /** Whether the current line lies wholly inside the visible part of the list (tests: it must, at every size). */
    public boolean currentLineInView() {
        if (current == null) return true;
        double contentH = content.getHeight(), viewH = scroll.getViewportBounds().getHeight();
        double top = contentH <= viewH ? 0 : scroll.getVvalue() * (contentH - viewH);
        double off = lines.getBoundsInParent().getMinY();
        var b = current.getBoundsInParent();
        return viewH > 0 && off + b.getMinY() >= top - 0.5 && off + b.getMaxY() <= top + viewH + 0.5;
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
