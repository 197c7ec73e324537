package org.panicscope.export;

import java.util.EnumMap;
import java.util.Map;

/**
 * Colours for the tokens of {@link Tone}, one palette per theme, for the backends that draw outside the app (SVG,
 * PNG, GIF). The categorical colours are the Okabe-Ito set, safe for the common colour-vision deficiencies; the
 * projector palette keeps them but darkens text and outlines for a washed-out beamer.
 */
public final class Palette {
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

    public static Palette named(String theme) {
        return switch (theme == null ? "light" : theme.toLowerCase()) {
            case "light" -> LIGHT;
            case "dark" -> DARK;
            case "projector" -> PROJECTOR;
            default -> throw new IllegalArgumentException("unknown theme '" + theme + "'; valid themes: light, dark, projector");
        };
    }

    private static Map<Tone, Integer> categorical() {
        Map<Tone, Integer> m = new EnumMap<>(Tone.class);
        m.put(Tone.WORKLOAD, 0xb8c4d0);
        m.put(Tone.PRINTK, 0x56b4e9);       // sky blue
        m.put(Tone.CONSOLE_LOCK, 0xf0e442); // yellow
        m.put(Tone.CONSOLE_WRITE, 0x0072b2); // blue
        m.put(Tone.PANIC, 0xe69f00);        // orange
        m.put(Tone.STOP, 0xcc79a7);         // reddish purple
        m.put(Tone.SPIN, 0xd55e00);         // vermillion
        m.put(Tone.KDUMP, 0x009e73);        // bluish green
        m.put(Tone.DONE, 0x009e73);
        m.put(Tone.NMI, 0x8e44ad);
        m.put(Tone.IPI, 0x0096c7);
        m.put(Tone.HANDOVER, 0x009e73);
        m.put(Tone.WAIT_FOR, 0xd55e00);
        m.put(Tone.DROP, 0xd55e00);
        m.put(Tone.VERDICT_OK, 0x009e73);
        m.put(Tone.VERDICT_HANG, 0xd55e00);
        m.put(Tone.DIVERGENCE, 0xe0007a);
        m.put(Tone.ON_STRONG, 0xffffff);
        m.put(Tone.ON_LIGHT, 0x111418);
        return m;
    }

    public static final Palette LIGHT, DARK, PROJECTOR;

    static {
        Map<Tone, Integer> l = categorical();
        l.put(Tone.BACKGROUND, 0xffffff); l.put(Tone.FOREGROUND, 0x1b1f24); l.put(Tone.MUTED, 0x57606a);
        l.put(Tone.GRID, 0xd8dee4); l.put(Tone.LANE, 0xf3f5f7); l.put(Tone.SEPARATOR, 0xffffff);
        l.put(Tone.HALTED, 0x4a4f55); l.put(Tone.STALL, 0xd0d7de); l.put(Tone.IRQ_OFF, 0x24292f); l.put(Tone.CURSOR, 0x1b1f24);
        LIGHT = new Palette("light", l);

        Map<Tone, Integer> d = categorical();
        d.put(Tone.BACKGROUND, 0x0d1117); d.put(Tone.FOREGROUND, 0xe6edf3); d.put(Tone.MUTED, 0x8d96a0);
        d.put(Tone.GRID, 0x30363d); d.put(Tone.LANE, 0x161b22); d.put(Tone.SEPARATOR, 0x0d1117);
        d.put(Tone.HALTED, 0x6e7681); d.put(Tone.STALL, 0x30363d); d.put(Tone.IRQ_OFF, 0xe6edf3); d.put(Tone.CURSOR, 0xe6edf3);
        d.put(Tone.WORKLOAD, 0x8c9aa8); d.put(Tone.CONSOLE_WRITE, 0x3b8fd0);
        DARK = new Palette("dark", d);

        Map<Tone, Integer> p = categorical();
        p.put(Tone.BACKGROUND, 0xffffff); p.put(Tone.FOREGROUND, 0x000000); p.put(Tone.MUTED, 0x24292f);
        p.put(Tone.GRID, 0xa0a8b0); p.put(Tone.LANE, 0xe8ecf0); p.put(Tone.SEPARATOR, 0xffffff);
        p.put(Tone.HALTED, 0x000000); p.put(Tone.STALL, 0xa0a8b0); p.put(Tone.IRQ_OFF, 0x000000); p.put(Tone.CURSOR, 0x000000);
        p.put(Tone.WORKLOAD, 0x8c9aa8);
        PROJECTOR = new Palette("projector", p);
    }
}
