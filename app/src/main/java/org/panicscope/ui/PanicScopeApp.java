package org.panicscope.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.panicscope.scenario.Scenario;
import org.panicscope.scenario.Scenarios;

/** The window. */
public final class PanicScopeApp extends Application {
    @Override public void start(Stage stage) {
        ListView<String> list = new ListView<>();
        for (Scenario s : Scenarios.all()) list.getItems().add(s.id() + "  —  " + s.title());
        stage.setScene(new Scene(list, 900, 600));
        stage.setTitle("PanicScope");
        stage.show();
    }
}
