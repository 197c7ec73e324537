package org.panicscope.ui.talk;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.panicscope.course.Course;
import org.panicscope.scenario.ScenarioException;
import org.panicscope.talk.Talk;
import org.panicscope.talk.TalkLoader;
import org.panicscope.talk.Talks;
import org.panicscope.ui.app.MainWindow;
import org.panicscope.ui.course.CourseSession;
import org.panicscope.ui.course.CourseView;

/**
 * The menu for talks and the course (the main window's one hook into ui.talk and ui.course). It is the Learn menu
 * itself, so a window's menu bar holds it as a typed value and {@link #of} finds it there.
 */
public final class LearnMenu extends Menu {
    private final MainWindow w;
    private Presenter presenter;
    private CourseSession course;

    private LearnMenu(MainWindow w) {
        super("Learn");
        this.w = w;
        getItems().addAll(
                item("Open the bundled talk", () -> present(Talks.bundled(Talks.IDS.getFirst()), true)),
                item("Open talk…", this::chooseTalk),
                item("Export the talk as PNGs…", this::export),
                new SeparatorMenuItem(),
                item("Course…", this::openCourse));
        setId("menu-learn");
    }

    /** Puts the Learn menu and File → Open talk… into the window's menu bar. */
    public static void install(MainWindow w) {
        LearnMenu learn = new LearnMenu(w);
        w.installMenu(learn, item("Open talk…", learn::chooseTalk));
    }

    /** The Learn menu of a window (tests drive it without menus), or null when none was installed. */
    public static LearnMenu of(MainWindow w) {
        for (Menu m : w.menus()) if (m instanceof LearnMenu l) return l;
        return null;
    }

    public Presenter present(Talk t, boolean speakerWindow) {
        if (presenter != null) presenter.stop();
        presenter = new Presenter(w, t);
        presenter.start(speakerWindow);
        return presenter;
    }

    public Presenter presenter() { return presenter; }

    /**
     * For scripts (the README's screenshot of the speaker window): {@code -Dpanicscope.talk=ID|FILE} opens a talk at
     * start with its speaker window, {@code -Dpanicscope.talkSlide=N} (from 1) goes to slide N.
     */
    public static void startFromProperties(MainWindow w) {
        String t = System.getProperty("panicscope.talk");
        if (t == null) return;
        try {
            Talk talk = Talks.IDS.contains(t) ? Talks.bundled(t) : TalkLoader.load(Path.of(t));
            Presenter p = of(w).present(talk, true);
            int n = Integer.getInteger("panicscope.talkSlide", 1);
            if (n > 1 && n <= talk.slides().size()) p.deck().show(n - 1);
            if (p.speakerStage() != null) p.speakerStage().toFront(); // a script's picture shows both windows
        } catch (ScenarioException e) {
            System.err.println(String.join("\n", e.lines()));
        }
    }

    public void chooseTalk() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Open talk");
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter("Talk (*.json)", "*.json"));
        File f = fc.showOpenDialog(w.getScene().getWindow());
        if (f == null) return;
        try {
            present(TalkLoader.load(f.toPath()), true);
        } catch (ScenarioException e) {
            alert("Cannot open the talk", String.join("\n", e.lines()));
        }
    }

    private void export() {
        if (presenter == null) present(Talks.bundled(Talks.IDS.getFirst()), false);
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle("Folder for the slide pictures (slide-01.png, ...)");
        File d = dc.showDialog(w.getScene().getWindow());
        if (d == null) return;
        try {
            List<Path> files = presenter.exportPngs(d.toPath());
            w.vm().say(files.size() + " slides written to " + d);
        } catch (java.io.IOException e) {
            alert("Cannot export the slides", e.getMessage());
        }
    }

    public CourseSession openCourse() {
        if (course == null) course = new CourseSession(w.vm(), w.prefs());
        CourseView v = new CourseView(course);
        v.stage().show();
        if (course.lesson() == null) course.openLesson(Course.all().getFirst());
        return course;
    }

    private void alert(String head, String body) {
        Alert a = new Alert(Alert.AlertType.ERROR, body);
        a.setHeaderText(head);
        a.initOwner(w.getScene().getWindow());
        a.show();
    }

    private static MenuItem item(String t, Runnable r) {
        MenuItem m = new MenuItem(t);
        m.setOnAction(e -> r.run());
        return m;
    }
}
