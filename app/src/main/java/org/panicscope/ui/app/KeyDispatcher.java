package org.panicscope.ui.app;

import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Routes key presses: while a text field has the focus only shortcuts with Ctrl or function keys apply; the
 * overlay closes on ? or Esc; then the schedule tokens (digits, n/i/p), then the shortcut table.
 */
final class KeyDispatcher implements EventHandler<KeyEvent> {
    private final MainWindow w;

    KeyDispatcher(MainWindow w) { this.w = w; }

    @Override public void handle(KeyEvent e) {
        Node focus = w.getScene() == null ? null : w.getScene().getFocusOwner();
        boolean typing = focus instanceof TextInputControl;
        boolean global = e.isShortcutDown() || e.getCode().isFunctionKey();
        if (typing && !global) return;
        if (w.overlay().isVisible() && !(e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.F1
                || e.getCode() == KeyCode.SLASH && e.isShiftDown())) {
            e.consume();
            return;
        }
        if (!typing && w.tokens().handle(e)) { e.consume(); return; }
        if (w.shortcuts().handle(e, w.presenter().active())) e.consume();
    }
}
