package org.panicscope.ui.controls;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.panicscope.engine.Outcome;
import org.panicscope.engine.Verdict;
import org.panicscope.model.Config;
import org.panicscope.scenario.Scenario;
import org.panicscope.ui.session.Frame;
import org.panicscope.ui.session.Tape;

/**
 * The verdict, large: DL / LL / OK-K / OK-R / OK-D with its meaning and the engine's reason in words. While the run
 * is still going it says how far it is and where the recorded run ends, and what the design doc expects under
 * this configuration.
 */
public final class VerdictBanner extends HBox {
    private static final List<String> KINDS = List.of("verdict-hang", "verdict-ok", "verdict-degraded", "verdict-running", "verdict-error");
    private final Label badge = new Label();
    private final Label title = new Label();
    private final Label reason = new Label();
    private final Label context = new Label();

    public VerdictBanner() {
        setId("verdict");
        getStyleClass().add("verdict-banner");
        badge.getStyleClass().add("verdict-badge");
        badge.setId("verdict-badge");
        title.getStyleClass().add("verdict-title");
        reason.getStyleClass().add("verdict-reason");
        reason.setId("verdict-reason");
        reason.setWrapText(true);
        context.getStyleClass().add("verdict-context");
        context.setWrapText(true);
        VBox text = new VBox(2, title, reason, context);
        HBox.setHgrow(text, Priority.ALWAYS);
        badge.setMinWidth(USE_PREF_SIZE);
        getChildren().addAll(badge, text);
    }

    public void show(Scenario s, Config c, Tape t, Frame f) {
        if (f == null || t == null) return;
        Outcome o = f.outcome();
        Verdict expected = s.expected().get(c.name());
        String exp = expected == null ? "" : "The design doc expects " + expected.id() + " under " + c.name() + ".";
        if (o != null) {
            kind(o.verdict());
            badge.setText(o.verdict().id());
            title.setText(capital(o.verdict().meaning()) + "  ·  " + c.name() + "  ·  after " + f.position() + " choices");
            reason.setText(o.reason());
            context.setText(exp.isEmpty() ? "" : exp + (expected == o.verdict() ? "  ✓" : "  This run differs."));
        } else {
            setKind("verdict-running");
            badge.setText("RUN");
            title.setText("Running  ·  " + c.name() + "  ·  choice " + f.position() + " of " + t.size());
            Outcome end = t.outcome();
            reason.setText(end == null ? "The recorded run stops without a verdict." :
                    "This schedule ends in " + end.verdict().id() + " (" + end.verdict().meaning() + ") after " + t.size() + " choices.");
            context.setText(exp);
        }
    }

    private void kind(Verdict v) {
        setKind(switch (v) {
            case DL, LL -> "verdict-hang";
            case OK_K, OK_R -> "verdict-ok";
            case OK_D -> "verdict-degraded";
            case NO_PANIC -> "verdict-running";
            case ERROR, NO_VERDICT -> "verdict-error";
        });
    }

    private void setKind(String k) {
        getStyleClass().removeAll(KINDS);
        getStyleClass().add(k);
    }

    private static String capital(String s) { return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1); }

    public String badgeText() { return badge.getText(); }
    public String reasonText() { return reason.getText(); }
}
