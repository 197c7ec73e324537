package org.panicscope.picture;

/** How a drawn text looks: size in pixels relative to the view's base font size, weight, and monospace for ids. */
public record TextStyle(double scale, boolean bold, boolean mono) {
    public static final TextStyle LABEL = new TextStyle(1.0, false, false);
    public static final TextStyle SMALL = new TextStyle(0.82, false, false);
    public static final TextStyle BOLD = new TextStyle(1.0, true, false);
    public static final TextStyle HEADING = new TextStyle(1.25, true, false);
    public static final TextStyle ID = new TextStyle(0.85, true, true);
    public static final TextStyle CODE = new TextStyle(0.9, false, true);
}
