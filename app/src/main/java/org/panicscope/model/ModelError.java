package org.panicscope.model;

/** A broken invariant (design doc §9) or an impossible model state: a bug in the model, never a verdict. */
public class ModelError extends RuntimeException {
    public ModelError(String message) { super(message); }
}
