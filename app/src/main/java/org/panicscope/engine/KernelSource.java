package org.panicscope.engine;

import org.panicscope.model.Config;
import org.panicscope.model.Kernel;

/**
 * What the engines need from a scenario, and nothing more: a name for their results and a fresh kernel (CPUs,
 * programs, parameters, panic window) per configuration. The engines take this instead of a scenario so that the
 * scenario layer sits above the engine, never beside it; {@code scenario.Scenario} implements it.
 */
public interface KernelSource {
    /** The name results carry (a scenario's id). */
    String id();

    /** A kernel in its initial state under {@code config}; a new one on every call (runs mutate it). */
    Kernel newKernel(Config config);
}
