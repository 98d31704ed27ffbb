package io.github.acsnumbers.userstyle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.core.util.ExpandableStringEnum;
import io.github.acsnumbers.phonenumbers.models.PhoneNumbersModelFactory;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Response models must be able to grow: no public constructor (so none with more than two parameters), and each one
 * can be built through its package's model factory for users' tests and mocks.
 */
class ResponseModelShapeTest {
    private static final List<String> MODEL_PACKAGES = List.of("io.github.acsnumbers.phonenumbers.models",
        "io.github.acsnumbers.siprouting.models", "io.github.acsnumbers.identity.models");

    /**
     * Values users build themselves and send to the service (some also come back in responses). They keep public
     * constructors; their optional fields are set through builders or {@code with...} methods.
     */
    private static final Set<String> USER_BUILT = Set.of("PhoneNumberCapabilities", "CommunicationUserIdentifier",
        "SipTrunk", "SipTrunkRoute", "SipDomain", "SipConfiguration");

    @Test
    void responseModelsHaveNoPublicConstructors() throws Exception {
        List<Class<?>> models = responseModels();
        assertTrue(models.size() >= 20, "found only " + models);
        List<String> wide = new ArrayList<>();
        List<String> open = new ArrayList<>();
        for (Class<?> model : models) {
            for (Constructor<?> c : model.getConstructors()) {
                open.add(c.toString());
                if (c.getParameterCount() > 2) {
                    wide.add(c.toString());
                }
            }
        }
        assertEquals(List.of(), wide, "response models with a public constructor of more than two parameters");
        assertEquals(List.of(), open, "response models with a public constructor");
    }

    @Test
    void everyResponseModelHasAFactoryMethod() throws Exception {
        Set<String> missing = new TreeSet<>();
        for (Class<?> model : responseModels()) {
            String pkg = model.getPackageName();
            String factoryName = pkg + "." + switch (pkg) {
                case "io.github.acsnumbers.phonenumbers.models" -> "PhoneNumbersModelFactory";
                case "io.github.acsnumbers.siprouting.models" -> "SipRoutingModelFactory";
                default -> "IdentityModelFactory";
            };
            Class<?> factory = Class.forName(factoryName);
            boolean found = false;
            for (Method m : factory.getMethods()) {
                found |= Modifier.isStatic(m.getModifiers()) && m.getReturnType() == model;
            }
            if (!found) {
                missing.add(model.getName());
            }
        }
        assertEquals(Set.of(), missing, "response models that users cannot build for their tests");
    }

    @Test
    void theClassificationSeesUserBuiltTypesAndResponseModels() throws Exception {
        // the scan must really find classes on both sides, or the checks above prove nothing
        Set<String> names = new TreeSet<>();
        for (Class<?> c : responseModels()) {
            names.add(c.getSimpleName());
        }
        assertTrue(names.containsAll(Set.of("AvailablePhoneNumber", "PhoneNumberSearchResult", "PurchasedPhoneNumber",
            "SipTrunkHealth", "AccessToken", "TeamsExtensionAssignment")), names.toString());
        for (String userBuilt : USER_BUILT) {
            assertTrue(!names.contains(userBuilt), userBuilt);
        }
    }

    static List<Class<?>> responseModels() throws IOException, URISyntaxException, ClassNotFoundException {
        List<Class<?>> models = new ArrayList<>();
        for (String className : modelClassNames()) {
            Class<?> c = Class.forName(className);
            String simple = c.getSimpleName();
            if (!Modifier.isPublic(c.getModifiers()) || c.isEnum() || c.isInterface() || c.isMemberClass()
                || ExpandableStringEnum.class.isAssignableFrom(c) || simple.endsWith("Options")
                || simple.endsWith("ModelFactory") || USER_BUILT.contains(simple)) {
                continue;
            }
            models.add(c);
        }
        return models;
    }

    private static Set<String> modelClassNames() throws IOException, URISyntaxException {
        Path location = Path.of(PhoneNumbersModelFactory.class.getProtectionDomain().getCodeSource().getLocation()
            .toURI());
        Set<String> names = new TreeSet<>();
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.walk(location)) {
                files.map(p -> location.relativize(p).toString().replace('\\', '/')).forEach(names::add);
            }
        } else {
            try (JarFile jar = new JarFile(location.toFile())) {
                jar.stream().map(e -> e.getName()).forEach(names::add);
            }
        }
        Set<String> classes = new TreeSet<>();
        for (String entry : names) {
            if (!entry.endsWith(".class") || entry.contains("$") || entry.endsWith("package-info.class")
                || entry.endsWith("module-info.class")) {
                continue;
            }
            String className = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
            if (MODEL_PACKAGES.contains(className.substring(0, className.lastIndexOf('.')))) {
                classes.add(className);
            }
        }
        return classes;
    }
}
