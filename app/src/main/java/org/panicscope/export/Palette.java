package org.panicscope.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Colours for the tokens of {@link Tone}, one palette per theme, for the backends that draw outside the app (SVG,
 * PNG, GIF). The app's theme stylesheets are the source: when {@code assets/themes/<theme>.css} is in the module,
 * its {@code -ps-*} tokens are read, so an export has exactly the app's colours; the values below are a copy of
 * those stylesheets (Okabe-Ito activity colours, safe for the common colour-vision deficiencies) for when it is not.
 */
public final class Palette {
    private static final Pattern TOKEN = Pattern.compile("(-ps-[a-z0-9-]+)\\s*:\\s*#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\\b");
    private static final Map<String, Palette> CACHE = new HashMap<>();

    private final String name;
    private final Map<Tone, Integer> rgb;

    private Palette(String name, Map<Tone, Integer> rgb) {
        this.name = name;
        this.rgb = rgb;
    }

    public String name() { return name; }

    /** The colour as 0xRRGGBB. */
    public int rgb(Tone t) { return rgb.get(t); }

    /** The colour as {@code #rrggbb}. */
    public String hex(Tone t) { return String.format("#%06x", rgb(t)); }

    public static final Palette LIGHT = named("light");

    /** The palette of a theme: light, dark or projector. */
    public static synchronized Palette named(String theme) {
        String t = theme == null ? "light" : theme.toLowerCase(java.util.Locale.ROOT);
        if (!t.equals("light") && !t.equals("dark") && !t.equals("projector"))
            throw new IllegalArgumentException("unknown theme '" + org.panicscope.engine.Echo.of(theme) + "'; valid themes: light, dark, projector");
        return CACHE.computeIfAbsent(t, k -> {
            Map<String, Integer> css = new HashMap<>(builtIn(k));
            css.putAll(stylesheet(k));
            Map<Tone, Integer> m = new EnumMap<>(Tone.class);
            for (Tone tone : Tone.values()) {
                Integer c = css.get(tone.css());
                m.put(tone, c != null ? c : tone == Tone.ON_STRONG ? 0xffffff : 0x808080);
            }
            return new Palette(k, m);
        });
    }

    /** The {@code -ps-*} colours of the app's stylesheet for a theme, or nothing when it is not packaged. */
    static Map<String, Integer> stylesheet(String theme) {
        try (InputStream in = Palette.class.getResourceAsStream("/org/panicscope/assets/themes/" + theme + ".css")) {
            return in == null ? Map.of() : parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Map.of();
        }
    }

    /** Every {@code -ps-name: #rgb} in CSS text; the first definition of a token wins (the {@code .root} block). */
    static Map<String, Integer> parse(String css) {
        Map<String, Integer> m = new HashMap<>();
        Matcher x = TOKEN.matcher(css);
        while (x.find()) {
            String hex = x.group(2);
            if (hex.length() == 3) hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
            m.putIfAbsent(x.group(1), Integer.parseInt(hex, 16));
        }
        return m;
    }

    /** A copy of the app's themes (assets/themes/*.css) for runs without them. */
    private static Map<String, Integer> builtIn(String theme) {
        return parse(switch (theme) {
            case "dark" -> """
                -ps-background: #1b1d21; -ps-lane: #23262b; -ps-grid: #3a3f47; -ps-text: #eceef1; -ps-text-muted: #a3a9b1;
                -ps-text-on-accent: #0b0b0b; -ps-act-workload: #8a9099; -ps-act-printk: #56b4e9; -ps-act-console-lock: #3d95d9;
                -ps-act-console-out: #17b890; -ps-act-panic: #e69f00; -ps-act-cpu-stop: #f0e442; -ps-act-driver: #cc79a7;
                -ps-act-spin: #ff7a33; -ps-act-nmi: #c26fae; -ps-act-halted: #9aa0a8; -ps-act-finished: #2fb383; -ps-act-stall: #555a62;
                -ps-irq-off: #f0e442; -ps-arrow-nmi: #e79ac6; -ps-arrow-ipi: #e79ac6; -ps-arrow-handover: #3fe0b0; -ps-wait-for: #ff7a33;
                -ps-deadlock: #ff4d4d; -ps-cursor: #ffffff; -ps-record-lost: #ff4d4d; -ps-divergence: #e79ac6;
                -ps-success: #2fb383; -ps-danger: #e5484d; -ps-warning: #e6a23c;
                -ps-lane-alt: #202328; -ps-marker: #7cc0f5; -ps-hover: #2c3037; -ps-record-cpu0: #e69f00; -ps-record-cpu1: #56b4e9;
                -ps-record-cpu2: #17b890; -ps-record-cpu3: #cc79a7; -ps-record-printed: #2fb383; -ps-record-empty: #2e3238;""";
            case "projector" -> """
                -ps-background: #ffffff; -ps-lane: #f2f2f2; -ps-grid: #9a9a9a; -ps-text: #000000; -ps-text-muted: #2b2b2b;
                -ps-text-on-accent: #000000; -ps-act-workload: #a6a6a6; -ps-act-printk: #56b4e9; -ps-act-console-lock: #2b8fd6;
                -ps-act-console-out: #009e73; -ps-act-panic: #e69f00; -ps-act-cpu-stop: #d8c800; -ps-act-driver: #cc79a7;
                -ps-act-spin: #d55e00; -ps-act-nmi: #8c1f66; -ps-act-halted: #000000; -ps-act-finished: #009e73; -ps-act-stall: #d0d0d0;
                -ps-irq-off: #000000; -ps-arrow-nmi: #8c1f66; -ps-arrow-ipi: #8c1f66; -ps-arrow-handover: #006e4a; -ps-wait-for: #d55e00;
                -ps-deadlock: #d00000; -ps-cursor: #000000; -ps-record-lost: #d00000; -ps-divergence: #8c1f66;
                -ps-success: #006e4a; -ps-danger: #b30000; -ps-warning: #a35f00;
                -ps-lane-alt: #e9e9e9; -ps-marker: #0057a0; -ps-hover: #fff8c4; -ps-record-cpu0: #e69f00; -ps-record-cpu1: #56b4e9;
                -ps-record-cpu2: #009e73; -ps-record-cpu3: #cc79a7; -ps-record-printed: #009e73; -ps-record-empty: #e2e2e2;""";
            default -> """
                -ps-background: #ffffff; -ps-lane: #f3f4f6; -ps-grid: #cfd4da; -ps-text: #111111; -ps-text-muted: #555b62;
                -ps-text-on-accent: #000000; -ps-act-workload: #b9bec5; -ps-act-printk: #56b4e9; -ps-act-console-lock: #2b8fd6;
                -ps-act-console-out: #009e73; -ps-act-panic: #e69f00; -ps-act-cpu-stop: #f0e442; -ps-act-driver: #cc79a7;
                -ps-act-spin: #d55e00; -ps-act-nmi: #a8407a; -ps-act-halted: #4a4f55; -ps-act-finished: #009e73; -ps-act-stall: #dddddd;
                -ps-irq-off: #222222; -ps-arrow-nmi: #882255; -ps-arrow-ipi: #882255; -ps-arrow-handover: #007a58; -ps-wait-for: #d55e00;
                -ps-deadlock: #c00000; -ps-cursor: #111111; -ps-record-lost: #c00000; -ps-divergence: #a8407a;
                -ps-success: #0f8a5f; -ps-danger: #c62828; -ps-warning: #c77800;
                -ps-lane-alt: #eceef1; -ps-marker: #005a8c; -ps-hover: #fffbe6; -ps-record-cpu0: #e69f00; -ps-record-cpu1: #56b4e9;
                -ps-record-cpu2: #009e73; -ps-record-cpu3: #cc79a7; -ps-record-printed: #009e73; -ps-record-empty: #e6e8eb;""";
        });
    }
}
