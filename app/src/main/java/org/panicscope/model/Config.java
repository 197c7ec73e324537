package org.panicscope.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A configuration: a named set of switches (design doc §5), optionally with switches added or removed,
 * written {@code FINAL+FX-TRYLOCK} or {@code BASE-KD-AFTER-STOP}.
 *
 * <p>Model choice [I]: every named configuration is a kernel released after 2012, so all of them carry
 * KD-AFTER-STOP (kmsg_dump below the CPU stop since v3.12). GSMI-TRYLOCK and KEXEC-ATOMIC were merged in
 * 2022 (v6.0 era), so only K23 and K24 carry them; on older configurations they can be added by hand.
 *
 * <p>PSTORE-TRYLOCK is carried by NBCON only, although pstore's panic path has not waited for its lock in any of
 * the named releases (it gives up since 959217c84c27, 2018): the design doc's configurations BASE..K24 keep the
 * doc's abstract kmsg dumper (§4.13, §6.5), whose lock policy the scenario's {@code dumpPolicy} picks, so that the
 * doc's SPIN row (O-new + NMI stop: DL) stays computable. NBCON is this model's configuration of the v6.12-era
 * sources (model-notes, nbcon section), and there the kmsg dumper is that release's pstore.
 */
public record Config(String name, Set<Switch> switches) {

    private static final Map<String, Set<Switch>> NAMED = new LinkedHashMap<>();

    static {
        Set<Switch> base = EnumSet.of(Switch.KD_AFTER_STOP);
        NAMED.put("BASE", base);
        NAMED.put("V0", with(base, Switch.V0));
        NAMED.put("VP", with(base, Switch.VP));
        NAMED.put("VS", with(base, Switch.VS));
        NAMED.put("P12", with(base, Switch.P2));
        NAMED.put("P123", with(base, Switch.P2, Switch.P3));
        NAMED.put("FINAL", with(base, Switch.P2, Switch.P3, Switch.P4));
        NAMED.put("K23", with(NAMED.get("FINAL"), Switch.K23, Switch.GSMI_TRYLOCK, Switch.KEXEC_ATOMIC));
        NAMED.put("K24", with(NAMED.get("K23"), Switch.K24));
        // the nbcon console of the same era: K24's printk.c plus kernel/printk/nbcon.c (model-notes, nbcon section),
        // and that era's kmsg dumper, pstore, which only trylocks its lock on the panic path (model-notes §6)
        NAMED.put("NBCON", with(NAMED.get("K24"), Switch.NBCON, Switch.PSTORE_TRYLOCK));
    }

    public Config {
        switches = Collections.unmodifiableSet(switches.isEmpty() ? EnumSet.noneOf(Switch.class) : EnumSet.copyOf(switches));
    }

    private static Set<Switch> with(Set<Switch> base, Switch... more) {
        EnumSet<Switch> s = EnumSet.copyOf(base);
        Collections.addAll(s, more);
        return s;
    }

    public boolean has(Switch s) { return switches.contains(s); }

    /** The named configurations: the nine of design doc §5 in its order, then NBCON (K24 + NBCON + PSTORE-TRYLOCK). */
    public static List<String> namedIds() { return List.copyOf(NAMED.keySet()); }

    /** The configurations of the verdict matrix: the named ones (with NBCON), then FINAL plus each of {@link Switch#fixes()}. */
    public static List<Config> matrix() {
        List<Config> all = new ArrayList<>();
        for (String n : NAMED.keySet()) all.add(parse(n));
        for (Switch fx : Switch.fixes()) all.add(parse("FINAL+" + fx.id()));
        return all;
    }

    /**
     * Parses {@code NAME(('+'|'-')SWITCH)*}. Switch names contain '-', so after each sign the longest known
     * switch name is taken.
     */
    public static Config parse(String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("empty configuration; valid configurations: " + String.join(", ", NAMED.keySet()));
        String s = text.trim();
        String name = null;
        for (String n : NAMED.keySet()) {
            if (s.startsWith(n) && (s.length() == n.length() || s.charAt(n.length()) == '+' || s.charAt(n.length()) == '-')
                    && (name == null || n.length() > name.length())) name = n;
        }
        if (name == null) {
            int cut = indexOfSign(s);
            throw new IllegalArgumentException("unknown configuration '" + shown(cut < 0 ? s : s.substring(0, cut))
                    + "'; valid configurations: " + String.join(", ", NAMED.keySet()));
        }
        EnumSet<Switch> sw = EnumSet.copyOf(NAMED.get(name));
        int i = name.length();
        while (i < s.length()) {
            char sign = s.charAt(i++);
            Switch best = null;
            for (Switch c : Switch.values()) {
                if (s.startsWith(c.id(), i) && (best == null || c.id().length() > best.id().length())
                        && (i + c.id().length() == s.length() || "+-".indexOf(s.charAt(i + c.id().length())) >= 0)) best = c;
            }
            if (best == null) {
                String rest = s.substring(i);
                int cut = rest.indexOf('+');
                throw new IllegalArgumentException("unknown switch '" + shown(cut < 0 ? rest : rest.substring(0, cut))
                        + "' in configuration '" + shown(s) + "'; valid switches: " + Switch.allIds());
            }
            if (sign == '+') sw.add(best); else sw.remove(best);
            i += best.id().length();
        }
        return new Config(s, sw);
    }

    /**
     * A name as a message shows it: at most 60 characters (the longest valid one has about 40). Control characters
     * are escaped where every message is printed (engine.Echo; the model sits below it).
     */
    private static String shown(String s) {
        return s.length() <= 60 ? s : s.substring(0, Character.isHighSurrogate(s.charAt(59)) ? 59 : 60) + "…";
    }

    private static int indexOfSign(String s) {
        int p = s.indexOf('+'), m = s.indexOf('-');
        if (p < 0) return m;
        if (m < 0) return p;
        return Math.min(p, m);
    }

    @Override public String toString() { return name; }
}
