package org.panicscope.picture;

/**
 * What the timeline's x axis counts, as a map between choice positions and axis units that {@link Viewport} turns
 * into pixels: on the {@link ChoiceAxis} one unit is one choice (fewer while folded), on the {@link TimeAxis} one unit
 * is one unit of kernel time (the model's 10 ms, design doc §2.3). Every painter asks the viewport, never the axis
 * kind, so lanes, labels, arrows, folds, ruler, cursor and clicks agree on either axis.
 * <p>
 * A position {@code p} is the moment after {@code p} choices; a choice {@code i} is drawn on its own CPU's lane from
 * {@link #start} to {@link #end}. On the choice axis that is one column; on the time axis it is the CPU's own clock
 * before and after the choice, so a block is as wide as the step takes and a zero-time step has no width of its own
 * (the viewport draws it as a tick).
 */
public sealed interface Axis permits ChoiceAxis, TimeAxis {
    /** The axis unit of a position (fractional positions in between). Never decreases as the position grows. */
    double unit(double position);

    /** The position at a unit: the inverse of {@link #unit} (on the time axis the position nearest to it). */
    double position(double unit);

    /** Where choice {@code i} starts on its lane. */
    double start(int choice);

    /** Where choice {@code i} ends on its lane ({@code == start} for a step that takes no time). */
    double end(int choice);

    /** The units a run of {@code size} choices spans, everything drawn included. */
    double length(int size);

    /** The first choice whose block may reach {@code unit} or beyond. */
    int firstReaching(double unit);

    /** A choice index past every choice whose block starts at or before {@code unit}. */
    int endReaching(double unit);

    /** Which repeated iterations are drawn as one block. */
    Folding folding();

    /** The same axis with other folds. */
    Axis withFolding(Folding f);

    /** True for kernel time, false for choices. */
    boolean time();

    /** What the axis counts, in words the ruler shows ("choices", "kernel time (10 ms units)"). */
    String label();
}
