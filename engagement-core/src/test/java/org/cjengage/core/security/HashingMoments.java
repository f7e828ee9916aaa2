package org.cjengage.core.security;

import org.cjengage.core.testsupport.StatementCounter;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Test support: the {@link AccountPasswords} of every test context hashes as the real one does, and also notes each
 * hash as a {@link StatementCounter#moment moment} ("hash"), with the connections its thread holds right then, so a
 * test can show that no hash waits for its turn while holding a pooled connection. {@link #duringNextHash} runs
 * something on the hashing thread while it hashes: a change somebody else commits meanwhile.
 */
public class HashingMoments implements BeanPostProcessor {

    private static final ThreadLocal<Runnable> DURING_NEXT_HASH = new ThreadLocal<>();

    /** Runs {@code meanwhile} in the next hash this thread computes, before that hash's result is used. */
    public static void duringNextHash(Runnable meanwhile) {
        DURING_NEXT_HASH.set(meanwhile);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof AccountPasswords) {
            // At least two turns: a change made during a hash may hash too, on the same thread.
            return new AccountPasswords(new Noted(AccountPasswords.hashing(Runtime.getRuntime().availableProcessors())),
                    Math.max(2, Runtime.getRuntime().availableProcessors()));
        }
        return bean;
    }

    private record Noted(PasswordEncoder hashing) implements PasswordEncoder {

        @Override
        public String encode(CharSequence rawPassword) {
            hashes();
            return hashing.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            hashes();
            return hashing.matches(rawPassword, encodedPassword);
        }

        @Override
        public boolean upgradeEncoding(String encodedPassword) {
            return hashing.upgradeEncoding(encodedPassword);
        }

        private static void hashes() {
            StatementCounter.moment("hash");
            Runnable meanwhile = DURING_NEXT_HASH.get();
            if (meanwhile != null) {
                DURING_NEXT_HASH.remove();
                meanwhile.run();
            }
        }
    }
}
