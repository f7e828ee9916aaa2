package org.cjengage.core.security;

import java.security.MessageDigest;
import java.util.Base64;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.keygen.BytesKeyGenerator;
import org.springframework.security.crypto.keygen.KeyGenerators;
import org.springframework.security.crypto.password.AbstractValidatingPasswordEncoder;

/**
 * Argon2id exactly as Spring Security's {@link Argon2PasswordEncoder#defaultsForSpringSecurity_v5_8()} (16 MiB, 2
 * passes, 1 lane, 16-byte salt, 32-byte hash; the same PHC string {@code $argon2id$v=19$m=16384,t=2,p=1$salt$hash},
 * read and written alike, so a hash made by either is checked by the other), computed by the same Bouncy Castle
 * generator, with one difference: the 16 MiB the generator works in are reused from one hash to the next.
 * <p>
 * Spring's encoder lets Bouncy Castle allocate 16,384 blocks of 1 KiB for each hash and drop them after. At a burst
 * of sign-ins that was about a quarter of everything the application allocated, and a young collection that came
 * while a hash was running had to copy its 16 MiB, which lengthened every request's pause (docs/benchmarks.md, load
 * test). Bouncy Castle takes its blocks from a {@link Argon2BytesGenerator.BlockPool} given in the parameters, and
 * clears each block before it hands it back (its own {@code reset}), so nothing derived from a password stays in a
 * kept block. Here each hash borrows a work area (a pool of blocks for one hash at a time); at most {@code keptAreas}
 * are kept between hashes (one per hash {@link AccountPasswords} lets run at once), the rest are dropped like before.
 */
final class ReusedMemoryArgon2 extends AbstractValidatingPasswordEncoder {

    private static final Logger LOG = LoggerFactory.getLogger(ReusedMemoryArgon2.class);

    static final int SALT_LENGTH = 16;
    static final int HASH_LENGTH = 32;
    static final int PARALLELISM = 1;
    static final int MEMORY_KIB = 1 << 14;
    static final int ITERATIONS = 2;

    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getDecoder();

    private final BytesKeyGenerator salts = KeyGenerators.secureRandom(SALT_LENGTH);
    private final BlockingQueue<WorkArea> idle;
    /** Blocks a work area keeps: the default cost's memory and the four working blocks of Bouncy Castle's filling. */
    private final int blocksPerArea = Argon2BytesGenerator.getBlockCount(MEMORY_KIB, PARALLELISM) + 4;

    ReusedMemoryArgon2(int keptAreas) {
        this.idle = new ArrayBlockingQueue<>(Math.max(1, keptAreas));
    }

    @Override
    protected String encodeNonNullPassword(String rawPassword) {
        Argon2Parameters.Builder parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13).withSalt(salts.generateKey())
                .withParallelism(PARALLELISM).withMemoryAsKB(MEMORY_KIB).withIterations(ITERATIONS);
        byte[] hash = new byte[HASH_LENGTH];
        Argon2Parameters used = compute(parameters, rawPassword, hash);
        return encode(hash, used);
    }

    @Override
    protected boolean matchesNonNull(String rawPassword, String encodedPassword) {
        Decoded decoded;
        try {
            decoded = decode(encodedPassword);
        } catch (IllegalArgumentException e) {
            LOG.warn("Malformed password hash", e);
            return false;
        }
        byte[] computed = new byte[decoded.hash().length];
        compute(decoded.parameters(), rawPassword, computed);
        return MessageDigest.isEqual(decoded.hash(), computed);
    }

    @Override
    protected boolean upgradeEncodingNonNull(String encodedPassword) {
        Argon2Parameters parameters = decode(encodedPassword).parameters().build();
        return parameters.getMemory() < MEMORY_KIB || parameters.getIterations() < ITERATIONS;
    }

    /** Fills {@code out} with the hash of {@code password}, in a borrowed work area; the parameters as used. */
    private Argon2Parameters compute(Argon2Parameters.Builder parameters, String password, byte[] out) {
        WorkArea area = idle.poll();
        if (area == null) {
            area = new WorkArea(blocksPerArea);
        }
        try {
            Argon2Parameters used = parameters.withBlockPool(area).build();
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(used);
            generator.generateBytes(password.toCharArray(), out);
            return used;
        } finally {
            idle.offer(area); // dropped when enough are kept
        }
    }

    /** Spring Security's PHC string: {@code $argon2id$v=19$m=...,t=...,p=...$salt$hash}, unpadded Base64. */
    static String encode(byte[] hash, Argon2Parameters parameters) {
        String type = switch (parameters.getType()) {
            case Argon2Parameters.ARGON2_d -> "$argon2d";
            case Argon2Parameters.ARGON2_i -> "$argon2i";
            case Argon2Parameters.ARGON2_id -> "$argon2id";
            default -> throw new IllegalArgumentException("Invalid algorithm type: " + parameters.getType());
        };
        return type + "$v=" + parameters.getVersion() + "$m=" + parameters.getMemory() + ",t="
                + parameters.getIterations() + ",p=" + parameters.getLanes() + "$" + B64.encodeToString(parameters.getSalt())
                + "$" + B64.encodeToString(hash);
    }

    record Decoded(byte[] hash, Argon2Parameters.Builder parameters) {
    }

    /** Reads a PHC string as Spring Security does (the version may be left out: then 19). */
    static Decoded decode(String encoded) {
        String[] parts = encoded.split("\\$");
        if (parts.length < 4) {
            throw new IllegalArgumentException("Invalid encoded Argon2-hash");
        }
        int part = 1;
        Argon2Parameters.Builder parameters = switch (parts[part++]) {
            case "argon2d" -> new Argon2Parameters.Builder(Argon2Parameters.ARGON2_d);
            case "argon2i" -> new Argon2Parameters.Builder(Argon2Parameters.ARGON2_i);
            case "argon2id" -> new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id);
            default -> throw new IllegalArgumentException("Invalid algorithm type: " + parts[1]);
        };
        if (parts[part].startsWith("v=")) {
            parameters.withVersion(Integer.parseInt(parts[part].substring(2)));
            part++;
        }
        String[] cost = parts[part++].split(",");
        if (cost.length != 3 || !cost[0].startsWith("m=") || !cost[1].startsWith("t=") || !cost[2].startsWith("p=")) {
            throw new IllegalArgumentException("Invalid performance parameters");
        }
        parameters.withMemoryAsKB(Integer.parseInt(cost[0].substring(2)))
                .withIterations(Integer.parseInt(cost[1].substring(2)))
                .withParallelism(Integer.parseInt(cost[2].substring(2)));
        if (parts.length != part + 2) {
            throw new IllegalArgumentException("Invalid encoded Argon2-hash");
        }
        parameters.withSalt(B64_DECODER.decode(parts[part]));
        return new Decoded(B64_DECODER.decode(parts[part + 1]), parameters);
    }

    /**
     * Blocks for one hash at a time: Bouncy Castle takes them while it hashes and gives each back cleared. Keeps at
     * most {@code capacity}; more (a hash stored with a higher cost) are made and dropped as before.
     */
    static final class WorkArea implements Argon2BytesGenerator.BlockPool {

        private final Argon2BytesGenerator.Block[] kept;
        private int count;

        WorkArea(int capacity) {
            this.kept = new Argon2BytesGenerator.Block[capacity];
        }

        @Override
        public Argon2BytesGenerator.Block allocate() {
            return count > 0 ? kept[--count] : new Argon2BytesGenerator.Block();
        }

        @Override
        public void deallocate(Argon2BytesGenerator.Block block) {
            if (count < kept.length) {
                kept[count++] = block;
            }
        }

        int kept() {
            return count;
        }
    }
}
