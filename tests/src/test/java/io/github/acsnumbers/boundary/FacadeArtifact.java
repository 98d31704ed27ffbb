package io.github.acsnumbers.boundary;

import io.github.acsnumbers.phonenumbers.PhoneNumbersClient;
import io.github.acsnumbers.testing.Skip;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.function.Predicate;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Where the facade is on this test's class path, and its packaged jar (the one with the module descriptor). In a
 * {@code mvn verify} build the class path holds the packaged jar itself; a narrower {@code mvn test} build puts
 * {@code facade/target/classes} there instead, and the jar beside it is used when it was packaged before (else the
 * test is skipped with a printed reason: the descriptor only exists in the jar).
 */
final class FacadeArtifact {
    /** The facade's classes: its jar or its classes directory. */
    final Path codeSource;
    /** The packaged facade jar. */
    final Path jar;
    /** The jar's module descriptor. */
    final ModuleDescriptor descriptor;

    private FacadeArtifact(Path codeSource, Path jar, ModuleDescriptor descriptor) {
        this.codeSource = codeSource;
        this.jar = jar;
        this.descriptor = descriptor;
    }

    static FacadeArtifact locate(String test) throws IOException {
        Path source;
        try {
            source = Path.of(PhoneNumbersClient.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        Path jar = source;
        if (Files.isDirectory(source)) {
            Path target = source.getParent();
            try (Stream<Path> files = Files.list(target)) {
                jar = files.filter(p -> p.getFileName().toString().matches("acs-phonenumbers-[0-9][^-]*(-SNAPSHOT)?\\.jar"))
                    .findFirst().orElse(null);
            }
            if (jar == null) {
                Skip.because(test, "the facade is on the class path as " + source + " and was not packaged (its module "
                    + "descriptor only exists in the jar): run mvn -B verify, or package the facade first");
            }
        }
        try (JarFile j = new JarFile(jar.toFile())) {
            JarEntry entry = j.getJarEntry("module-info.class");
            if (entry == null) {
                throw new AssertionError("the facade jar " + jar + " has no module-info.class");
            }
            try (InputStream in = j.getInputStream(entry)) {
                return new FacadeArtifact(source, jar, ModuleDescriptor.read(in));
            }
        }
    }

    /** @return the binary names of the facade's classes (from the class path) whose package satisfies the filter */
    List<String> classesIn(Predicate<String> packageFilter) throws IOException {
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(codeSource)) {
            try (Stream<Path> files = Files.walk(codeSource)) {
                files.filter(f -> f.toString().endsWith(".class"))
                    .forEach(f -> names.add(codeSource.relativize(f).toString().replace('\\', '/')));
            }
        } else {
            try (JarFile j = new JarFile(codeSource.toFile())) {
                Enumeration<JarEntry> entries = j.entries();
                while (entries.hasMoreElements()) {
                    names.add(entries.nextElement().getName());
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (String name : names) {
            if (!name.endsWith(".class") || name.endsWith("module-info.class") || name.endsWith("package-info.class")) {
                continue;
            }
            String binary = name.substring(0, name.length() - ".class".length()).replace('/', '.');
            String pkg = binary.substring(0, binary.lastIndexOf('.'));
            if (packageFilter.test(pkg)) {
                out.add(binary);
            }
        }
        return out;
    }
}
