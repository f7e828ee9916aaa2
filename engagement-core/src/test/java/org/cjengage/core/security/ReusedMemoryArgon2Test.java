package org.cjengage.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.SplittableRandom;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

class ReusedMemoryArgon2Test {

    private final ReusedMemoryArgon2 reused = new ReusedMemoryArgon2(1);
    private final Argon2PasswordEncoder spring = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();

    @Test
    void givenTheRfc9106Argon2idVector_whenComputedTwiceInOneWorkArea_thenBothGiveTheRfcsTag() {
        ReusedMemoryArgon2.WorkArea area = new ReusedMemoryArgon2.WorkArea(Argon2BytesGenerator.getBlockCount(32, 4) + 4);
        byte[] expected = HexFormat.of().parseHex("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659");

        for (int round = 0; round < 2; round++) {
            Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                    .withVersion(Argon2Parameters.ARGON2_VERSION_13).withMemoryAsKB(32).withIterations(3)
                    .withParallelism(4).withSalt(filled(16, 0x02)).withSecret(filled(8, 0x03))
                    .withAdditional(filled(12, 0x04)).withBlockPool(area).build();
            Argon2BytesGenerator generator = new Argon2BytesGenerator();
            generator.init(parameters);
            byte[] tag = new byte[32];
            generator.generateBytes(filled(32, 0x01), tag);

            assertThat(tag).as("round %d", round).isEqualTo(expected);
            assertThat(area.kept()).as("blocks handed back after round %d", round).isEqualTo(32 + 4);
        }
    }

    @Test
    void givenHashesOfEitherEncoder_whenCheckedByTheOther_thenTheyMatchTheirPasswordAndNoOther() {
        SplittableRandom random = new SplittableRandom(9106);
        for (int i = 0; i < 4; i++) {
            String password = randomPassword(random, 1 + random.nextInt(128));
            String ours = reused.encode(password);
            String theirs = spring.encode(password);

            assertThat(ours).startsWith("$argon2id$v=19$m=16384,t=2,p=1$");
            assertThat(spring.matches(password, ours)).isTrue();
            assertThat(reused.matches(password, theirs)).isTrue();
            assertThat(reused.matches(password, ours)).isTrue();
            assertThat(reused.matches(password + "x", ours)).isFalse();
            assertThat(reused.matches(password + "x", theirs)).isFalse();
            assertThat(spring.matches(password + "x", ours)).isFalse();
        }
    }

    @Test
    void givenAHashOfTheSameSaltAndPassword_whenMadeByEither_thenTheStringsAreTheSame() {
        String theirs = spring.encode("correct horse battery staple");
        ReusedMemoryArgon2.Decoded decoded = ReusedMemoryArgon2.decode(theirs);
        Argon2Parameters parameters = decoded.parameters().build();

        byte[] hash = new byte[ReusedMemoryArgon2.HASH_LENGTH];
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        generator.generateBytes("correct horse battery staple".toCharArray(), hash);

        assertThat(ReusedMemoryArgon2.encode(hash, parameters)).isEqualTo(theirs);
    }

    @Test
    void givenAHashAlreadyMade_whenTheNextIsMade_thenItAllocatesNotItsOwn16MiBButLessThanOne() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        String hash = reused.encode("a first passphrase");
        spring.matches("a first passphrase", hash); // loads and compiles alike

        long before = threads.getCurrentThreadAllocatedBytes();
        assertThat(reused.matches("a first passphrase", hash)).isTrue();
        long ours = threads.getCurrentThreadAllocatedBytes() - before;
        before = threads.getCurrentThreadAllocatedBytes();
        assertThat(spring.matches("a first passphrase", hash)).isTrue();
        long theirs = threads.getCurrentThreadAllocatedBytes() - before;

        assertThat(theirs).isGreaterThan(16L << 20);
        assertThat(ours).isLessThan(1L << 20);
    }

    @Test
    void givenAFinishedHash_whenItsWorkAreaIsKept_thenEveryKeptBlockIsCleared() throws Exception {
        ReusedMemoryArgon2.WorkArea area = new ReusedMemoryArgon2.WorkArea(Argon2BytesGenerator.getBlockCount(64, 1) + 4);
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id).withMemoryAsKB(64)
                .withIterations(2).withParallelism(1).withSalt(filled(16, 0x2a)).withBlockPool(area).build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        generator.generateBytes("a secret".toCharArray(), new byte[32]);

        Field kept = ReusedMemoryArgon2.WorkArea.class.getDeclaredField("kept");
        kept.setAccessible(true);
        Field words = Argon2BytesGenerator.Block.class.getDeclaredField("v");
        words.setAccessible(true);
        Object[] blocks = (Object[]) kept.get(area);
        assertThat(area.kept()).isEqualTo(64 + 4);
        for (int i = 0; i < area.kept(); i++) {
            assertThat((long[]) words.get(blocks[i])).as("block %d", i).containsOnly(0L);
        }
    }

    @Test
    void givenMalformedOrForeignHashes_whenChecked_thenTheyDoNotMatchAndNothingIsThrown() {
        String good = reused.encode("secret");

        assertThat(reused.matches("secret", "not a hash")).isFalse();
        assertThat(reused.matches("secret", "$argon2x$v=19$m=16384,t=2,p=1$c2FsdA$aGFzaA")).isFalse();
        assertThat(reused.matches("secret", "$argon2id$v=19$m=16384,t=2$c2FsdA$aGFzaA")).isFalse();
        assertThat(reused.matches("secret", "$argon2id$v=19$m=16384,t=2,p=1$c2FsdA")).isFalse();
        assertThat(reused.matches("secret", "$argon2id$v=19$m=lots,t=2,p=1$c2FsdA$aGFzaA")).isFalse();
        assertThat(reused.matches("secret", good.substring(0, good.lastIndexOf('$')) + "$!!")).isFalse();
    }

    @Test
    void givenAHashOfALowerCost_whenAskedForAnUpgrade_thenYesAndForTheDefaultCostNo() {
        String lower = new Argon2PasswordEncoder(16, 32, 1, 4096, 2).encode("secret");
        String fewerPasses = new Argon2PasswordEncoder(16, 32, 1, 16384, 1).encode("secret");

        assertThat(reused.upgradeEncoding(lower)).isTrue();
        assertThat(reused.upgradeEncoding(fewerPasses)).isTrue();
        assertThat(reused.upgradeEncoding(reused.encode("secret"))).isFalse();
        assertThat(reused.matches("secret", lower)).isTrue();
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }

    private static String randomPassword(SplittableRandom random, int length) {
        StringBuilder password = new StringBuilder();
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 !\"£$%^&*()éàüßł€日本語";
        for (int i = 0; i < length; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }
}
