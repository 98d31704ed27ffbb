package io.github.acsnumbers.testing;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javax.tools.ToolProvider;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/**
 * A user's program, as the class-path tests run it: its source compiled by javac against a chosen class path (as a
 * user's build would, warnings as errors) and loaded, with that class path only, in a class loader whose parent is
 * the JDK's platform loader, so that nothing of the test's own class path leaks in.
 */
public final class UserProgram {
    /** A purchased number as the service returns it, for a program's {@code getPurchasedPhoneNumber("+14255550100")}. */
    public static final String NUMBER_JSON = "{\"id\":\"14255550100\",\"phoneNumber\":\"+14255550100\","
        + "\"countryCode\":\"US\",\"phoneNumberType\":\"geographic\",\"capabilities\":{\"calling\":\"inbound\","
        + "\"sms\":\"none\"},\"assignmentType\":\"application\",\"purchaseDate\":\"2025-06-17T16:40:22.5120904+00:00\","
        + "\"cost\":{\"amount\":1.0,\"currencyCode\":\"USD\",\"billingFrequency\":\"monthly\"}}";

    private UserProgram() {
    }

    /**
     * @param leftOut which entries of this JVM's class path the program must do without
     * @return the rest of the class path (existing entries only)
     */
    public static List<String> testClassPathWithout(Predicate<String> leftOut) {
        List<String> kept = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!leftOut.test(entry.replace(File.separatorChar, '/')) && new File(entry).exists()) {
                kept.add(entry);
            }
        }
        return kept;
    }

    /**
     * @param entry a class-path entry
     * @return it with '/' as the separator, for matching against Maven repository paths
     */
    public static String normalized(String entry) {
        return entry.replace(File.separatorChar, '/');
    }

    /** What javac said: its exit code and its diagnostics. */
    public record Compilation(int exitCode, String diagnostics) {
    }

    /**
     * Compiles one source file with {@code --release 17 -Xlint:all -Werror}.
     *
     * @param classPath the class path
     * @param source    the source file
     * @param classes   where the classes go (created)
     * @return javac's exit code and diagnostics
     * @throws IOException if the output folder cannot be made
     */
    public static Compilation compile(List<String> classPath, Path source, Path classes) throws IOException {
        Files.createDirectories(classes);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rc = ToolProvider.getSystemJavaCompiler().run(null, out, out, "-proc:none", "-Xlint:all", "-Werror",
            "--release", "17", "-classpath", String.join(File.pathSeparator, classPath), "-d", classes.toString(),
            source.toString());
        return new Compilation(rc, out.toString(StandardCharsets.UTF_8));
    }

    /**
     * Writes a source file under {@code work/src} at the path its class name gives.
     *
     * @param work      the test's folder
     * @param className the class, with its package
     * @param text      the source
     * @return the file
     * @throws IOException if it cannot be written
     */
    public static Path source(Path work, String className, String text) throws IOException {
        Path src = work.resolve("src").resolve(className.replace('.', '/') + ".java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, text);
        return src;
    }

    /**
     * @param server the service stand-in
     * @param times  how many answers to queue
     */
    public static void answerWithNumber(MockWebServer server, int times) {
        for (int i = 0; i < times; i++) {
            server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body(NUMBER_JSON).build());
        }
    }

    /** Loads the program and its class path itself (only the JDK comes from the parent) and says what it loaded. */
    public static final class Loader extends URLClassLoader {
        /**
         * @param classes   the program's classes
         * @param classPath its class path
         * @throws IOException if an entry is not a valid URL
         */
        public Loader(Path classes, List<String> classPath) throws IOException {
            super(urls(classes, classPath), ClassLoader.getPlatformClassLoader());
        }

        private static URL[] urls(Path classes, List<String> classPath) throws IOException {
            List<URL> urls = new ArrayList<>();
            urls.add(classes.toUri().toURL());
            for (String entry : classPath) {
                urls.add(Path.of(entry).toUri().toURL());
            }
            return urls.toArray(URL[]::new);
        }

        /**
         * @param name a class name
         * @return the class if this loader has loaded it, or null
         */
        public Class<?> loaded(String name) {
            return findLoadedClass(name);
        }

        /**
         * The user's code is ordinary compiled code; only the test's entry into it is reflective.
         *
         * @param className the program's class (public, with a public no-argument constructor)
         * @param type      the interface it implements, one of the JDK's
         * @param <T>       that interface
         * @return a new instance
         * @throws ReflectiveOperationException if it cannot be made
         */
        public <T> T program(String className, Class<T> type) throws ReflectiveOperationException {
            return type.cast(Class.forName(className, true, this).getConstructor().newInstance());
        }
    }
}
