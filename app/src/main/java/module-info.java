/** PanicScope: the printk/panic race as a model, an explorer and a JavaFX app. */
module panicscope {
    requires javafx.controls;
    requires org.controlsfx.controls;
    requires tools.jackson.databind;
    requires info.picocli;
    requires java.desktop;
    requires java.prefs;
    requires java.logging;

    exports org.panicscope;
    exports org.panicscope.model;
    exports org.panicscope.engine;
    exports org.panicscope.scenario;
    exports org.panicscope.ui;
    exports org.panicscope.cli;
    exports org.panicscope.export;
    exports org.panicscope.course;
    exports org.panicscope.talk;
    opens org.panicscope.cli to info.picocli;
}
