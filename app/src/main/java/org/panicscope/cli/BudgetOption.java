package org.panicscope.cli;

import org.panicscope.engine.Budget;
import org.panicscope.engine.Outcome;
import org.panicscope.engine.Verdict;
import picocli.CommandLine.Option;

/**
 * {@code --max-choices N}, the choice budget of every run a command drives (a picocli mixin of run, validate,
 * compare, export and trials, where it applies per trial): one budget for all of them, {@link Budget}. A run that
 * uses it up is not a result: the command says so in one line and exits with status 2.
 */
final class BudgetOption {
    static final long MAX = 1_000_000_000L;

    @Option(names = "--max-choices", paramLabel = "N", description = "most choices one run may take before it stops without a verdict (default: "
            + Budget.DEFAULT_CHOICES + ")")
    Long maxChoices;

    Budget budget() {
        if (maxChoices != null && (maxChoices < 1 || maxChoices > MAX))
            throw new Cli.UsageError("--max-choices must be from 1 to " + MAX + ", not " + maxChoices);
        return Budget.of(maxChoices);
    }

    /** The one-line message for a run that stopped without a verdict, or null for a verdict. */
    static String noVerdict(Outcome o) {
        if (o == null || o.verdict() != Verdict.NO_VERDICT) return null;
        return o.cause().equals("heap") ? o.reason() : o.reason() + "; raise the budget with --max-choices N";
    }

    /** Throws the usage error (exit status 2) of a run that stopped without a verdict. */
    static void requireVerdict(Outcome o, String prefix) {
        String m = noVerdict(o);
        if (m != null) throw new Cli.UsageError(prefix + m);
    }
}
