package org.panicscope.picture;

/**
 * The choice axis: one column per choice, in the order they were made, whatever each took in kernel time; folded
 * iterations take {@link Folding#COLUMNS} columns together. This is the order the engine applies choices in, so
 * every step, zero-time ones included, has its own column and the cursor moves with each step.
 *
 * @param label what the ruler says the axis counts (an untimed run says it has no kernel time to show)
 */
public record ChoiceAxis(Folding folding, String label) implements Axis {
    public static final String CHOICES = "choices";
    public static final ChoiceAxis PLAIN = new ChoiceAxis(Folding.NONE, CHOICES);

    public ChoiceAxis { if (folding == null) folding = Folding.NONE; }

    @Override public double unit(double position) { return folding.display(position); }
    @Override public double position(double unit) { return folding.choice(unit); }
    @Override public double start(int choice) { return folding.display(choice); }
    @Override public double end(int choice) { return folding.display(choice + 1); }
    @Override public double length(int size) { return folding.display(size); }
    @Override public int firstReaching(double unit) { return Math.max(0, (int) Math.floor(position(unit))); }
    @Override public int endReaching(double unit) { return (int) Math.ceil(position(unit)) + 1; }
    @Override public Axis withFolding(Folding f) { return new ChoiceAxis(f, label); }
    @Override public boolean time() { return false; }
}
