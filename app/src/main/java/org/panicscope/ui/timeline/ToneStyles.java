package org.panicscope.ui.timeline;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.scene.control.Control;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.panicscope.picture.Palette;
import org.panicscope.picture.Tone;

/**
 * One styleable colour property per {@link Tone} for a drawn control ({@code -tl-act-spin}). assets/app.css maps
 * each to the theme's token ({@code -tl-act-spin: -ps-act-spin;}); JavaFX resolves such looked-up colours through
 * all ancestors, whereas inherited properties only look at the nearest styled parent.
 */
public final class ToneStyles {
    private final Map<Tone, SimpleStyleableObjectProperty<Paint>> props = new EnumMap<>(Tone.class);

    public <S extends Styleable> ToneStyles(S owner, List<CssMetaData<S, Paint>> meta) {
        Tone[] tones = Tone.values();
        for (int i = 0; i < tones.length; i++) {
            props.put(tones[i], new SimpleStyleableObjectProperty<>(meta.get(i), owner, tones[i].css(), fallback(tones[i])));
        }
    }

    /** The CSS metadata of all tones for a control class; {@code get} returns the control's ToneStyles. */
    public static <S extends Styleable> List<CssMetaData<S, Paint>> metaData(Function<S, ToneStyles> get) {
        List<CssMetaData<S, Paint>> l = new ArrayList<>();
        for (Tone t : Tone.values()) {
            l.add(new CssMetaData<S, Paint>(t.css(), StyleConverter.getPaintConverter(), fallback(t), false) {
                @Override public boolean isSettable(S s) { return !get.apply(s).props.get(t).isBound(); }
                @Override public StyleableProperty<Paint> getStyleableProperty(S s) { return get.apply(s).props.get(t); }
            });
        }
        return List.copyOf(l);
    }

    /** A drawn control's class CSS metadata: {@link Control}'s own, then the given lists (its tones, and any more). */
    @SafeVarargs
    public static List<CssMetaData<? extends Styleable, ?>> withControlMetaData(List<? extends CssMetaData<? extends Styleable, ?>>... more) {
        List<CssMetaData<? extends Styleable, ?>> l = new ArrayList<>(Control.getClassCssMetaData());
        for (List<? extends CssMetaData<? extends Styleable, ?>> m : more) l.addAll(m);
        return List.copyOf(l);
    }

    public void addListener(InvalidationListener l) { props.values().forEach(p -> p.addListener(l)); }

    /** The current colours (a tone whose CSS is not a plain colour keeps the light theme's). */
    public Palette palette() {
        Map<Tone, Integer> m = new EnumMap<>(Tone.class);
        props.forEach((t, p) -> m.put(t, p.get() instanceof Color c ? rgb(c) : Palette.light().rgb(t)));
        return Palette.of("css", m);
    }

    /** The initial value of a tone before CSS is applied: the light theme's, read from its stylesheet. */
    private static Color fallback(Tone t) { return color(Palette.light().rgb(t)); }

    static Color color(int rgb) { return Color.rgb((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff); }

    private static int rgb(Color c) {
        return ((int) Math.round(c.getRed() * 255) << 16) | ((int) Math.round(c.getGreen() * 255) << 8) | (int) Math.round(c.getBlue() * 255);
    }
}
