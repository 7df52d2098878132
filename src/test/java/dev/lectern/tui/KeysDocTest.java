package dev.lectern.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * docs/KEYS.md is generated from the keymap; this fails when it is stale. Regenerate with
 * {@code mvn test -Dtest=KeysDocTest -Dlectern.regenerate=true}.
 */
class KeysDocTest {
    @Test
    void keysDocumentMatchesTheKeymap() throws Exception {
        Path doc = Path.of("docs/KEYS.md");
        String expected = HelpText.markdown(Keymap.DEFAULT);
        if (Boolean.getBoolean("lectern.regenerate")) Files.writeString(doc, expected);
        assertEquals(expected, Files.readString(doc), "docs/KEYS.md is stale: regenerate it (see this test's comment)");
    }

    @Test
    void noKeyIsBoundTwiceInOneContext() {
        for (Keymap.Context c : Keymap.Context.values()) {
            Set<Key> seen = new HashSet<>();
            for (Keymap.Binding b : Keymap.DEFAULT.bindings(c)) assertTrue(seen.add(b.key()), c + ": " + b.key().label());
        }
    }
}
