package org.panicscope.ui.session;

import java.util.EnumSet;
import java.util.Set;
import org.panicscope.model.Config;
import org.panicscope.model.Switch;

/**
 * The name of a set of switches as users write it: the nearest named configuration plus or minus switches
 * ({@code FINAL+FX-TRYLOCK}, {@code P123-P3+V0}), so that the toggles and the preset selector always show a name
 * {@link Config#parse} accepts.
 */
public final class ConfigNames {
    private ConfigNames() { }

    public static Config configFor(Set<Switch> switches) {
        return Config.parse(nameFor(switches));
    }

    public static String nameFor(Set<Switch> switches) {
        String best = null;
        int bestCost = Integer.MAX_VALUE;
        for (String n : Config.namedIds()) {
            Set<Switch> preset = Config.parse(n).switches();
            int cost = 0;
            for (Switch s : Switch.values()) if (preset.contains(s) != switches.contains(s)) cost++;
            if (cost < bestCost) { best = n; bestCost = cost; }
        }
        Set<Switch> preset = Config.parse(best).switches();
        StringBuilder b = new StringBuilder(best);
        for (Switch s : Switch.values()) if (preset.contains(s) && !switches.contains(s)) b.append('-').append(s.id());
        for (Switch s : Switch.values()) if (!preset.contains(s) && switches.contains(s)) b.append('+').append(s.id());
        return b.toString();
    }

    /** The switches of {@code c} with one switched on or off. */
    public static Set<Switch> with(Config c, Switch s, boolean on) {
        Set<Switch> set = c.switches().isEmpty() ? EnumSet.noneOf(Switch.class) : EnumSet.copyOf(c.switches());
        if (on) set.add(s); else set.remove(s);
        return set;
    }
}
