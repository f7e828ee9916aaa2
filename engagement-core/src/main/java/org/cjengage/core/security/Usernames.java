package org.cjengage.core.security;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one form a username is stored, looked up, throttled and compared in: Unicode NFKC (full-width and other
 * compatibility letters become their plain form, a no-break space becomes a space), lower case (root locale),
 * invisible and format characters (category Cf: zero-width space and joiners, bidi marks, soft hyphen, BOM)
 * removed, and surrounding white space stripped. The database compares the stored form byte for byte
 * (utf8mb4_nopad_bin, V0402: not even trailing spaces are ignored), so "víctim2" is not "victim2", and "VICTIM2"
 * typed at sign-in is looked up as "victim2".
 * New usernames must already be in plain form apart from case and surrounding spaces: {@link #hasHiddenCharacters}
 * lets account creation refuse a name with invisible characters instead of silently changing it.
 */
public final class Usernames {

    private Usernames() {
    }

    /** The compared form of what somebody typed; "" for null. */
    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        String compatible = Normalizer.normalize(typed, Normalizer.Form.NFKC);
        String folded = Normalizer.normalize(compatible.toLowerCase(Locale.ROOT), Normalizer.Form.NFKC);
        StringBuilder visible = new StringBuilder(folded.length());
        folded.codePoints().filter(c -> !invisible(c)).forEach(visible::appendCodePoint);
        return visible.toString().strip();
    }

    /**
     * True when the text holds a character a reader cannot see or that changes under NFKC (zero-width and
     * format characters, no-break or other unusual spaces, full-width letters): refused for new usernames.
     */
    public static boolean hasHiddenCharacters(String typed) {
        if (typed == null) {
            return false;
        }
        String stripped = typed.strip();
        return stripped.codePoints().anyMatch(c -> invisible(c) || Character.isSpaceChar(c) || c == '\u00a0')
                || !Normalizer.normalize(stripped, Normalizer.Form.NFKC).equals(stripped);
    }

    private static boolean invisible(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.FORMAT || type == Character.CONTROL || codePoint == 0x115F || codePoint == 0x1160
                || codePoint == 0x3164 || codePoint == 0xFFA0 || codePoint == 0x034F
                || (codePoint >= 0xFE00 && codePoint <= 0xFE0F);
    }
}
