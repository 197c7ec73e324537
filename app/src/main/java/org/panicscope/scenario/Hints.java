package org.panicscope.scenario;

import java.util.Collection;

/** "Did you mean" hints: the closest valid name by edit distance, when it is close enough to be a typo. */
public final class Hints {
    private Hints() { }

    public static String closest(String bad, Collection<String> valid) {
        String best = null;
        int bestD = Integer.MAX_VALUE;
        for (String v : valid) {
            int d = distance(bad.toLowerCase(), v.toLowerCase());
            if (d < bestD) { bestD = d; best = v; }
        }
        return best != null && bestD <= Math.max(2, best.length() / 3) ? best : null;
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }
}
