package org.panicscope.model;

/**
 * The locals of the model's kernel functions, by name: what each function keeps in its stack frame between its
 * atomic steps (the C function's local variables, design doc §4). A frame has two slots for them, {@link Slot#A}
 * and {@link Slot#B}; locals of one function that are never live at the same time share a slot, as a compiler
 * would share a register (console_unlock()'s gap, handover and retry). The frame's third word, its phase, is not a
 * local: it says where a step resumes after a call ({@link Cpu#call}).
 */
enum Local {
    /** console_trylock(): DT2's {@code c >= 0}, down_trylock() took the semaphore (CT6 returns 0 otherwise). */
    TOOK_SEM(Slot.A),
    /** console_trylock_spinning(): CTS5's {@code spin}, this CPU set console_waiter and will wait at CTS8. */
    SPIN(Slot.A),
    /** console_unlock(): the records lost before console_seq, found at CU3 and counted at CU4. */
    GAP(Slot.A),
    /** console_unlock(): SD2's {@code w}, console_waiter was set, so SD5 hands console_sem over. */
    WAITER(Slot.A),
    /** console_unlock(): CU10's {@code handover}, set by SD4/SD5 (and SD0 under K24), read at CU12. */
    HANDOVER(Slot.A),
    /** console_unlock(): CU14's {@code retry}, a record is pending after up(). */
    RETRY(Slot.A),
    /** console_unlock() run by K23's console_flush_on_panic() without console_sem (eacb04ff3c5b): no up() at CU13. */
    WITHOUT_SEM(Slot.B),
    /** The console driver's write: time units of characters emitted for this record (DRV2, W per record). */
    CHARS(Slot.A),
    /** The console driver's write: DRV1's {@code locked}, port_lock was taken (DRV3 releases it only then). */
    PORT_LOCKED(Slot.B),
    /** printk(): the kind of record to store (its text, for the trace; the kind never changes what a step does). */
    RECORD_KIND(Slot.A),
    /** printk(): PK1's store-only path (printk_safe or NMI context): no console_trylock after ST2. */
    STORE_ONLY(Slot.B),
    /** panic(): PN2's {@code old}, the previous panic_cpu, read at PN3. */
    OLD_PANIC_CPU(Slot.A),
    /** panic(): printk lines emitted so far by dump_stack() (PN6) or the panic notifiers (PN9). */
    LINES(Slot.A),
    /** console_flush_on_panic(): FP1's console_trylock() failed, so FP4 prints with console_sem busted. */
    TRYLOCK_FAILED(Slot.A),
    /** A bounded wait in the CPU stop (NS3, NSO3, NSO5): time units waited. */
    WAITED(Slot.A),
    /** A lock holder (LH2) or the gsmi SMI call (GS4): time units the lock has been held. */
    HELD(Slot.A),
    /**
     * A lock holder (LH1) or gsmi_shutdown_reason (GS2): IRQs are saved and the CPU spins for the lock (the first
     * visit of the step saves them; taking the lock ends it).
     */
    SPIN_FOR_LOCK(Slot.B),
    /** nbcon (NBCON): the context of an acquire, emit or flush frame: its priority, allow_unsafe_takeover, spin-wait. */
    NBCON_CTXT(Slot.B),
    /** nbcon_context_try_acquire_handover(): time units of the hand-over wait still left (NB3). */
    HANDOVER_WAIT(Slot.A),
    /** __nbcon_atomic_flush_pending_con(): stop_seq, the record the flush stops before (NF1-NF4). */
    STOP_SEQ(Slot.A);

    /** The frame word a local lives in. */
    enum Slot { A, B }

    final Slot slot;

    Local(Slot slot) { this.slot = slot; }
}
