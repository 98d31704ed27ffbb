package io.github.acsnumbers.phonenumbers;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/** The names of the generated model classes of one generated package, found on the test class path. */
final class GeneratedModelClasses {
    /** The four generated packages (one per document). */
    static final List<String> PACKAGES = List.of("phonenumbers", "siprouting", "siproutingpreview", "identity");

    private GeneratedModelClasses() {
    }

    /**
     * @param pkg one of {@link #PACKAGES}
     * @return the binary names of the top-level classes of {@code io.github.acsnumbers.generated.<pkg>.model}
     */
    static TreeSet<String> of(String pkg) {
        String dir = "io/github/acsnumbers/generated/" + pkg + "/model/";
        TreeSet<String> names = new TreeSet<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            try {
                if (Files.isDirectory(p.resolve(dir))) {
                    try (Stream<Path> files = Files.list(p.resolve(dir))) {
                        files.map(f -> f.getFileName().toString()).forEach(f -> add(names, dir + f));
                    }
                } else if (Files.isRegularFile(p) && entry.endsWith(".jar")) {
                    try (JarFile jar = new JarFile(p.toFile())) {
                        for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                            String n = e.nextElement().getName();
                            if (n.startsWith(dir) && n.indexOf('/', dir.length()) < 0) {
                                add(names, n);
                            }
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return names;
    }

    private static void add(TreeSet<String> names, String file) {
        if (file.endsWith(".class") && !file.contains("$")) {
            names.add(file.substring(0, file.length() - ".class".length()).replace('/', '.'));
        }
    }
}
