package org.panicscope.ui.state;

/** Test access to the ring buffer's slot arithmetic. */
public final class RingBufferRendererAccess {
    private RingBufferRendererAccess() { }
    public static long seqAt(long first, long next, int c, int s) { return RingBufferRenderer.seqAt(first, next, c, s); }
}
