package org.cjengage.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Heap in use by the application after full garbage collections, read with the JDK's jcmd on the process that
 * ./cj load started (its pid is passed as load.appPid). The application runs with G1, whose heap summary line
 * reads "garbage-first heap total ..., used NNNK".
 */
final class HeapProbe {

    private static final Pattern USED = Pattern.compile("garbage-first heap\\s+total[^\\n]*?used (\\d+)K");

    private HeapProbe() {
    }

    static boolean available() {
        return !System.getProperty("load.appPid", "").isBlank();
    }

    /** Heap used in kB after two full collections (the second frees what the first only made unreachable). */
    static long usedKbAfterGc() {
        jcmd("GC.run");
        jcmd("GC.run");
        String info = jcmd("GC.heap_info");
        Matcher m = USED.matcher(info);
        if (!m.find()) {
            throw new IllegalStateException("Unexpected GC.heap_info: " + info);
        }
        return Long.parseLong(m.group(1));
    }

    private static String jcmd(String command) {
        String javaHome = System.getProperty("java.home");
        String jcmd = Path.of(javaHome, "bin", "jcmd").toString();
        try {
            Process process = new ProcessBuilder(jcmd, System.getProperty("load.appPid"), command)
                    .redirectErrorStream(true).start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("jcmd " + command + " did not finish in 60 s");
            }
            return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("jcmd " + command + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
