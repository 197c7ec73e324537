package org.panicscope;

import javafx.application.Application;
import org.panicscope.cli.Cli;
import org.panicscope.ui.PanicScopeApp;

/** Entry point: no argument opens the window; anything else is the command line. */
public final class Main {
    private Main() { }

    public static void main(String[] args) {
        if (args.length == 0) {
            StartupProbe.installIfRequested();   // -Dpanicscope.startupProbe=true: print first-frame <ms> and exit
            Application.launch(PanicScopeApp.class, args);
            return;
        }
        System.exit(Cli.run(args));
    }
}
