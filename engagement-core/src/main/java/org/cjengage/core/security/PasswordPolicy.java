package org.cjengage.core.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.cjengage.core.common.Checks;
import org.springframework.stereotype.Component;

/**
 * What a password must be: at least {@value #MIN_LENGTH} characters, at most {@value #MAX_LENGTH}, not one of
 * the common passwords shipped in {@code security/common-passwords.txt} (case-insensitive), not made of one
 * repeated character, and not containing the username. No composition rules (they make passwords worse).
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final String LIST = "security/common-passwords.txt";

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load();
    }

    /** Adds a violation per broken rule to {@code checks} under {@code field}. */
    public Checks check(Checks checks, String field, String password, String username) {
        checks.required(field, password);
        if (password == null || password.isEmpty()) {
            return checks;
        }
        checks.text(field, password, MAX_LENGTH);
        int length = password.codePointCount(0, password.length());
        checks.that(length >= MIN_LENGTH, field, "security.password.tooShort", MIN_LENGTH);
        String lower = password.toLowerCase(Locale.ROOT);
        boolean oneCharacter = password.codePoints().distinct().count() <= 2;
        checks.that(!common.contains(lower) && !oneCharacter, field, "security.password.common");
        if (username != null && username.strip().length() >= 3) {
            checks.that(!lower.contains(username.strip().toLowerCase(Locale.ROOT)), field,
                    "security.password.containsUsername");
        }
        return checks;
    }

    /** Throws a {@link org.cjengage.core.common.ValidationException} if the password breaks a rule. */
    public void require(String field, String password, String username) {
        check(new Checks(), field, password, username).throwIfAny();
    }

    public boolean isCommon(String password) {
        return password != null && common.contains(password.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        Set<String> result = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + LIST);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    result.add(entry.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(result);
    }
}
