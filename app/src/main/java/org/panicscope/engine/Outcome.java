package org.panicscope.engine;

import java.util.List;

/**
 * A verdict with its reason in words, the degradations of an OK-D, and, for a hang, the cause in a short stable
 * form ("CTS8 on console_waiter, owner halted") that trials count by.
 */
public record Outcome(Verdict verdict, String reason, List<String> degradations, String cause) {
    @Override public String toString() { return verdict + ": " + reason; }
}
