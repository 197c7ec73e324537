package org.panicscope.picture;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The colour of every {@link Tone} in one theme. The theme stylesheets ({@code assets/themes/<theme>.css}) are the
 * only place a colour is written: {@link #named} reads a theme's {@code -ps-*} tokens from the stylesheet packaged
 * with the app, for the backends that draw outside JavaFX (SVG, PNG, GIF); the app's canvases get the same tokens
 * through CSS and hand them over with {@link #of}. Immutable.
 */
public final class Palette {
    /** The themes the app ships, as stylesheet names. */
    public static final List<String> THEMES = List.of("light", "dark", "projector");
    private static final Pattern TOKEN = Pattern.compile("(-ps-[a-z0-9-]+)\\s*:\\s*#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\\b");
    private static final Map<String, Palette> CACHE = new HashMap<>();

    private final String name;
    private final int[] rgb = new int[Tone.values().length];

    private Palette(String name, Map<Tone, Integer> colours) {
        this.name = name;
        for (Tone t : Tone.values()) {
            Integer c = colours.get(t);
            if (c == null) throw new IllegalArgumentException("palette " + name + " has no colour for " + t.token());
            rgb[t.ordinal()] = c;
        }
    }

    /** A palette from colours already resolved (the app's canvas, which reads them through CSS). */
    public static Palette of(String name, Map<Tone, Integer> colours) { return new Palette(name, colours); }

    public String name() { return name; }

    /** The colour as 0xRRGGBB. */
    public int rgb(Tone t) { return rgb[t.ordinal()]; }

    /** The colour as {@code #rrggbb}. */
    public String hex(Tone t) { return String.format("#%06x", rgb(t)); }

    /**
     * The palette of a theme: light, dark or projector. A token missing from the stylesheet is an error here (and in
     * PaletteTest), never a silent grey.
     */
    public static synchronized Palette named(String theme) {
        String t = theme == null ? "light" : theme.toLowerCase(Locale.ROOT);
        if (!THEMES.contains(t)) throw new IllegalArgumentException("unknown theme '" + theme + "'; valid themes: " + String.join(", ", THEMES));
        return CACHE.computeIfAbsent(t, k -> fromStylesheet(k, stylesheet(k)));
    }

    /** The palette a stylesheet's text defines; throws when it lacks a tone's token. */
    public static Palette fromStylesheet(String name, String css) {
        Map<String, Integer> tokens = parse(css);
        Map<Tone, Integer> m = new HashMap<>();
        List<String> missing = new ArrayList<>();
        for (Tone tone : Tone.values()) {
            Integer c = tokens.get(tone.token());
            if (c == null) missing.add(tone.token()); else m.put(tone, c);
        }
        if (!missing.isEmpty()) throw new IllegalStateException("theme " + name + " defines no " + String.join(", ", missing));
        return new Palette(name, m);
    }

    /** The light theme, the default of every export. */
    public static Palette light() { return named("light"); }

    /** The text of a theme's stylesheet, as packaged with the app. */
    public static String stylesheet(String theme) {
        String path = "/org/panicscope/assets/themes/" + theme + ".css";
        try (InputStream in = Palette.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("the theme stylesheet " + path + " is not packaged");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every {@code -ps-name: #rgb} in CSS text; the first definition of a token wins (the {@code .root} block). */
    public static Map<String, Integer> parse(String css) {
        Map<String, Integer> m = new HashMap<>();
        Matcher x = TOKEN.matcher(css);
        while (x.find()) {
            String hex = x.group(2);
            if (hex.length() == 3) hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2) + hex.charAt(2);
            m.putIfAbsent(x.group(1), Integer.parseInt(hex, 16));
        }
        return m;
    }
}
