package org.panicscope.ui.bench;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What flipping a configuration switch in the window costs: {@code SessionViewModel.setSwitch}, which records the
 * run under the new configuration and compares it with the run shown. Each round flips the switch on and off again
 * on each scenario; the median of the rounds is printed per scenario.
 *
 * <p>With {@code --against CLASSES} (a jar or class folder of another build, e.g. the previous commit's) the same
 * calls run in that build too, each build in its own class loader, rounds interleaved so that both see the same
 * machine load, and the ratio of the medians is printed: this build's time over the other's.
 *
 * <p>Run: {@code java -cp app/target/classes:<dependencies> org.panicscope.ui.bench.SwitchBench [--against JAR]
 * [--rounds N] [scenario:switch ...]} (a bundled id or a scenario file; default {@code owner-halted:P2 kmsg-panic:P2 nbcon-unsafe-takeover:P3}). No
 * window is opened: the view model needs no toolkit.
 */
public final class SwitchBench {
    private SwitchBench() { }

    /** One build: the view model class and the calls the bench makes, found by name. */
    private record Build(String name, Method bundled, Method load, Method byId, Class<?> vm, Method open, Method setSwitch, Method config,
                         Method has) {
        static Build load(String name, ClassLoader l) throws ReflectiveOperationException {
            Class<?> scenarios = l.loadClass("org.panicscope.scenario.Scenarios");
            Class<?> scenario = l.loadClass("org.panicscope.scenario.Scenario");
            Class<?> sw = l.loadClass("org.panicscope.model.Switch");
            Class<?> vm = l.loadClass("org.panicscope.ui.session.SessionViewModel");
            return new Build(name, scenarios.getMethod("bundled", String.class),
                    l.loadClass("org.panicscope.scenario.ScenarioLoader").getMethod("load", Path.class), sw.getMethod("byId", String.class), vm,
                    vm.getMethod("open", scenario), vm.getMethod("setSwitch", sw, boolean.class), vm.getMethod("config"),
                    l.loadClass("org.panicscope.model.Config").getMethod("has", sw));
        }

        /** Milliseconds for flipping the switch and flipping it back. */
        double flip(String scenario, String switchId) throws ReflectiveOperationException {
            Object m = vm.getConstructor().newInstance();
            open.invoke(m, scenario.endsWith(".json") ? load.invoke(null, Path.of(scenario)) : bundled.invoke(null, scenario));
            Object s = byId.invoke(null, switchId);
            boolean on = (boolean) has.invoke(config.invoke(m), s);
            long t0 = System.nanoTime();
            setSwitch.invoke(m, s, !on);
            setSwitch.invoke(m, s, on);
            return (System.nanoTime() - t0) / 1e6;
        }
    }

    public static void main(String[] args) throws Exception {
        String against = null;
        int rounds = 15;
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--against" -> against = args[++i];
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                default -> cases.add(args[i]);
            }
        }
        if (cases.isEmpty()) cases = List.of("owner-halted:P2", "kmsg-panic:P2", "nbcon-unsafe-takeover:P3");
        URL self = SwitchBench.class.getProtectionDomain().getCodeSource().getLocation();
        List<URL> deps = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            URL u = Path.of(e).toUri().toURL();
            if (!u.equals(self)) deps.add(u);
        }
        List<Build> builds = new ArrayList<>();
        builds.add(Build.load("this build", loader(self, deps)));
        if (against != null) builds.add(Build.load("against", loader(Path.of(against).toUri().toURL(), deps)));
        for (String c : cases) {
            String[] sc = c.split(":");
            double[][] ms = new double[builds.size()][rounds];
            for (Build b : builds) b.flip(sc[0], sc[1]); // warm-up
            for (int r = 0; r < rounds; r++) {
                for (int k = 0; k < builds.size(); k++) {
                    int b = (r + k) % builds.size(); // alternate which build goes first
                    ms[b][r] = builds.get(b).flip(sc[0], sc[1]);
                }
            }
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-24s %-3s", sc[0], sc[1]));
            for (int b = 0; b < builds.size(); b++)
                line.append(String.format(Locale.ROOT, "  %s: %7.1f ms", builds.get(b).name(), median(ms[b])));
            if (builds.size() == 2) line.append(String.format(Locale.ROOT, "  ratio %.2f", median(ms[0]) / median(ms[1])));
            System.out.println(line + "  (median of " + rounds + " rounds; one round = the switch flipped and back)");
        }
    }

    private static ClassLoader loader(URL code, List<URL> deps) {
        List<URL> urls = new ArrayList<>();
        urls.add(code);
        urls.addAll(deps);
        return new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
