package org.panicscope.ui.course;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.panicscope.course.Course;
import org.panicscope.course.Lesson;

/**
 * The course window: the lessons, the current step, and the buttons of each kind of step. It only binds to
 * {@link CourseSession}. Keys: N / P next / previous step, 1-8 pick an answer, Enter reveal, H hint, C check.
 */
public final class CourseView extends BorderPane {
    private final CourseSession s;
    private final ListView<Lesson> lessons = new ListView<>();
    private final Label title = new Label(), intro = new Label(), stepLabel = new Label(), text = new Label(), status = new Label();
    private final VBox options = new VBox(4);
    private final HBox buttons = new HBox(8);

    public CourseView(CourseSession s) {
        this.s = s;
        setId("course-view");
        lessons.setId("course-lessons");
        lessons.getItems().setAll(Course.all());
        lessons.setCellFactory(v -> new ListCell<>() {
            @Override protected void updateItem(Lesson l, boolean empty) {
                super.updateItem(l, empty);
                setText(empty || l == null ? null : l.title() + "  (" + s.doneCount(l) + "/" + l.steps().size() + ")");
            }
        });
        lessons.getSelectionModel().selectedItemProperty().addListener((o, a, l) -> { if (l != null) s.openLesson(l); });
        lessons.setPrefWidth(300);
        setLeft(lessons);
        for (Label l : new Label[] {intro, text, status}) { l.setWrapText(true); l.setMaxWidth(Double.MAX_VALUE); }
        title.setStyle("-fx-font-size: 18px; -fx-font-weight: bold;");
        status.setId("course-status");
        stepLabel.setId("course-step");
        VBox center = new VBox(10, title, intro, stepLabel, text, options, buttons, status);
        center.setPadding(new Insets(12));
        setCenter(center);
        s.lessonProperty().addListener((o, a, b) -> refresh());
        s.stepProperty().addListener((o, a, b) -> refresh());
        status.textProperty().bind(s.statusProperty());
        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        refresh();
    }

    private void refresh() {
        Lesson l = s.lesson();
        options.getChildren().clear();
        buttons.getChildren().clear();
        if (l == null) { title.setText("Choose a lesson"); return; }
        title.setText(l.title());
        intro.setText(l.intro());
        Lesson.Step st = s.current();
        stepLabel.setText("Step " + (s.stepProperty().get() + 1) + " of " + l.steps().size() + ": " + st.kind()
                + " (" + st.run().scenario() + " under " + st.run().config() + ")");
        text.setText(st.text());
        buttons.getChildren().addAll(button("Previous step", s::previousStep), button("Next step", s::nextStep));
        switch (st) {
            case Lesson.Predict p -> {
                ToggleGroup g = new ToggleGroup();
                for (int i = 0; i < p.options().size(); i++) {
                    RadioButton r = new RadioButton((i + 1) + ". " + p.options().get(i).text());
                    r.setToggleGroup(g);
                    final int k = i;
                    r.setOnAction(e -> s.choose(k));
                    s.chosenProperty().addListener((o, a, b) -> r.setSelected(b.intValue() == k));
                    options.getChildren().add(r);
                }
                buttons.getChildren().add(button("Reveal", s::reveal));
            }
            case Lesson.Challenge c -> {
                Button hint = button("Hint", s::hint), check = button("Check", s::check);
                hint.disableProperty().bind(s.busyProperty()); // the search runs in the background meanwhile
                check.disableProperty().bind(s.busyProperty());
                buttons.getChildren().addAll(hint, check);
            }
            case Lesson.Explore e -> { }
        }
        buttons.getChildren().add(button("Reset progress", s::resetProgress));
        lessons.refresh();
    }

    private static Button button(String t, Runnable r) {
        Button b = new Button(t);
        b.setId("course-" + t.toLowerCase().replace(' ', '-'));
        b.setOnAction(e -> r.run());
        return b;
    }

    private void key(KeyEvent e) {
        KeyCode k = e.getCode();
        boolean used = true;
        if (k == KeyCode.N) s.nextStep();
        else if (k == KeyCode.P) s.previousStep();
        else if (k == KeyCode.H) s.hint();
        else if (k == KeyCode.C) s.check();
        else if (k == KeyCode.ENTER) s.reveal();
        else if (k.isDigitKey() && !k.getName().equals("0")) s.choose(Integer.parseInt(k.getChar().isEmpty() ? "0" : k.getChar()) - 1);
        else used = false;
        if (used) e.consume();
    }

    /** A stage of its own. */
    public Stage stage() {
        Stage st = new Stage();
        st.setTitle("PanicScope — course");
        st.setScene(new Scene(this, 900, 560));
        return st;
    }
}
