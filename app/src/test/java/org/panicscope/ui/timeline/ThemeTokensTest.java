package org.panicscope.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.panicscope.picture.Tone;

/**
 * Themes are token stylesheets: every token the structure (app.css, icons.css) uses is defined by every theme, and
 * every canvas tone is mapped to its token. A new tone or token without CSS fails here, not on a projector.
 */
class ThemeTokensTest {
    private static final Path ASSETS = Path.of("../assets");
    private static final Pattern USE = Pattern.compile(":\\s*[^;]*?(-ps-[a-z0-9-]+)");
    private static final Pattern DEF = Pattern.compile("(-ps-[a-z0-9-]+)\\s*:");

    private static Set<String> all(Pattern p, String css) {
        Set<String> s = new TreeSet<>();
        Matcher m = Pattern.compile("(-ps-[a-z0-9-]+)").matcher(css);
        if (p == DEF) { m = DEF.matcher(css); while (m.find()) s.add(m.group(1)); return s; }
        for (String decl : css.split(";")) {
            int colon = decl.indexOf(':');
            if (colon < 0) continue;
            Matcher v = Pattern.compile("(-ps-[a-z0-9-]+)").matcher(decl.substring(colon + 1));
            while (v.find()) s.add(v.group(1));
        }
        return s;
    }

    @Test void everyThemeDefinesEveryTokenTheStructureUses() throws Exception {
        String structure = Files.readString(ASSETS.resolve("app.css")) + Files.readString(ASSETS.resolve("icons.css"));
        Set<String> used = all(USE, structure.replaceAll("/\\*.*?\\*/", ""));
        assertThat(used).contains("-ps-bg", "-ps-fg", "-ps-act-spin", "-ps-deadlock");
        for (String theme : new String[] {"dark", "light", "projector"}) {
            Set<String> defined = all(DEF, Files.readString(ASSETS.resolve("themes/" + theme + ".css")));
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(defined);
            assertThat(missing).as(theme + ".css lacks tokens").isEmpty();
        }
    }

    @Test void everyToneIsMappedToItsToken() throws Exception {
        String structure = Files.readString(ASSETS.resolve("app.css"));
        for (Tone t : Tone.values()) assertThat(structure).contains(t.css() + ": " + t.token() + ";");
    }
}
