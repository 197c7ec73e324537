package org.panicscope.ui.state;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Paint;
import org.panicscope.model.Kernel;
import org.panicscope.ui.timeline.ToneStyles;

/**
 * The ring buffer as a ring (control; drawing in {@link RingBufferSkin}).
 *
 * <pre>{@code
 * RingBufferView ring = new RingBufferView();
 * ring.setKernel(frame.kernel());   // a copy; the view never changes it
 * }</pre>
 */
public final class RingBufferView extends Control {
    private static final List<CssMetaData<RingBufferView, Paint>> TONES = ToneStyles.metaData(v -> v.tones);
    private static final List<CssMetaData<? extends Styleable, ?>> META = ToneStyles.withControlMetaData(TONES);

    final ToneStyles tones = new ToneStyles(this, TONES);
    private final ObjectProperty<Kernel> kernel = new SimpleObjectProperty<>(this, "kernel");

    public RingBufferView() {
        getStyleClass().add("ring-buffer-view");
        setFocusTraversable(false);
    }

    public ObjectProperty<Kernel> kernelProperty() { return kernel; }
    public void setKernel(Kernel k) { kernel.set(k); }
    public Kernel getKernel() { return kernel.get(); }
    public ToneStyles tones() { return tones; }

    @Override protected Skin<?> createDefaultSkin() { return new RingBufferSkin(this); }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() { return META; }
    @Override public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() { return META; }
}
