package org.panicscope.ui.code;

import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.panicscope.model.Config;
import org.panicscope.model.Kernel;
import org.panicscope.ui.session.Frame;

/** One {@link CodePanel} per CPU, side by side. */
public final class CodePanels extends HBox {
    public CodePanels() {
        getStyleClass().add("code-panels");
        setId("code");
    }

    public void show(Frame f, Config cfg) {
        if (f == null || cfg == null) return;
        Kernel k = f.kernel();
        while (getChildren().size() < k.cpuCount()) {
            CodePanel p = new CodePanel();
            HBox.setHgrow(p, Priority.ALWAYS);
            p.setMaxWidth(Double.MAX_VALUE);
            getChildren().add(p);
        }
        while (getChildren().size() > k.cpuCount()) getChildren().removeLast();
        for (int i = 0; i < k.cpuCount(); i++) panel(i).show(k.cpu(i), cfg);
    }

    public CodePanel panel(int cpu) { return (CodePanel) getChildren().get(cpu); }

    /** Whether these panels are on screen: in a window, this node and every parent visible (a tab not shown is not). */
    public boolean isVisibleInWindow() {
        if (getScene() == null || getScene().getWindow() == null || !getScene().getWindow().isShowing()) return false;
        for (Node n = this; n != null; n = n.getParent()) if (!n.isVisible()) return false;
        return getLayoutBounds().getHeight() > 0;
    }

    public Node snapshotTarget() { return this; }
}
