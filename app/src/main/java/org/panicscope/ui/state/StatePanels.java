package org.panicscope.ui.state;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.panicscope.ui.session.Frame;

/**
 * All state panels, as cards in three columns: the console lock (console_sem, owner/waiter, other locks), the
 * records (ring buffer, drops), the CPUs and panic(). {@link #show(Frame)} updates every card;
 * {@link #point(String)} highlights the card a narration note points at.
 */
public final class StatePanels extends HBox {
    private final List<StateCard> cards = List.of(new ConsoleSemCard(), new ConsoleOwnerCard(), new RingBufferCard(),
            new CpuCard(), new PanicCard(), new DropCard(), new LocksCard(), new NbconCard());

    public StatePanels() {
        getStyleClass().add("state-panels");
        setId("state-panels");
        getChildren().addAll(column(0, 1, 7, 6), column(2, 5), column(3, 4));
        HBox.setHgrow(getChildren().get(1), Priority.NEVER);
    }

    private VBox column(int... idx) {
        VBox v = new VBox();
        v.getStyleClass().add("state-column");
        for (int i : idx) v.getChildren().add(cards.get(i));
        HBox.setHgrow(v, Priority.ALWAYS);
        return v;
    }

    /** Whether changed values pulse (off while playing fast). */
    public void setAnimated(boolean on) { VarRow.animate = on; }

    public void show(Frame f) {
        if (f == null) return;
        for (StateCard c : cards) c.show(f);
    }

    /** Marks the card with this id as the one the narration points at (null: none). */
    public void point(String id) {
        for (StateCard c : cards) {
            boolean on = c.getId().equals(id);
            if (on && !c.getStyleClass().contains("pointed")) c.getStyleClass().add("pointed");
            if (!on) c.getStyleClass().remove("pointed");
        }
    }

    /** Scrolls the enclosing scroll pane so that the pointed card is in view (presenter mode has little room). */
    public void revealPointed() {
        javafx.application.Platform.runLater(this::reveal); // after layout, when the heights are known
    }

    private void reveal() {
        StateCard card = null;
        for (StateCard c : cards) if (c.getStyleClass().contains("pointed")) card = c;
        javafx.scene.Parent p = getParent();
        while (p != null && !(p instanceof javafx.scene.control.ScrollPane)) p = p.getParent();
        if (card == null || !(p instanceof javafx.scene.control.ScrollPane sp)) return;
        double contentH = getHeight(), viewH = sp.getViewportBounds().getHeight();
        if (contentH <= viewH || viewH <= 0) return;
        javafx.geometry.Bounds b = sceneToLocal(card.localToScene(card.getBoundsInLocal()));
        double top = sp.getVvalue() * (contentH - viewH);
        if (b.getMinY() >= top && b.getMaxY() <= top + viewH) return;
        sp.setVvalue(Math.max(0, Math.min(1, (b.getMinY() - 8) / (contentH - viewH))));
    }

    @SuppressWarnings("unchecked")
    public <T extends StateCard> T card(Class<T> type) {
        for (StateCard c : cards) if (type.isInstance(c)) return (T) c;
        throw new IllegalArgumentException(type.getName());
    }

    /** The node to snapshot for a close-up of the state panels. */
    public Node snapshotTarget() { return this; }
}
