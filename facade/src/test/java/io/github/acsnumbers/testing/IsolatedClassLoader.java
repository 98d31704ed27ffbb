package io.github.acsnumbers.testing;

import java.io.File;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The test's class path in a class loader of its own (only the JDK comes from the parent), so that what one test
 * makes the SDK load is not hidden by what other tests in the same JVM loaded before; says what it has loaded.
 */
public final class IsolatedClassLoader extends URLClassLoader {
    private IsolatedClassLoader(URL[] urls) {
        super(urls, ClassLoader.getPlatformClassLoader());
    }

    /** @return a loader over every entry of {@code java.class.path} */
    public static IsolatedClassLoader ofTestClassPath() {
        List<URL> urls = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            try {
                urls.add(Path.of(entry).toUri().toURL());
            } catch (MalformedURLException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new IsolatedClassLoader(urls.toArray(new URL[0]));
    }

    /**
     * @param name a binary class name
     * @return the class if this loader has loaded it (not merely if it could), else null
     */
    public Class<?> loaded(String name) {
        return findLoadedClass(name);
    }

    /**
     * Builds a {@code PhoneNumbersClient} from this loader's own SDK classes, as a user would
     * ({@code new PhoneNumbersClientBuilder().connectionString(cs).buildClient()}); reflective only because the test's
     * own copies of those classes are another loader's.
     *
     * @param connectionString the endpoint and key
     * @return the client, an instance of this loader's {@code PhoneNumbersClient}
     * @throws ReflectiveOperationException if the builder cannot be called
     */
    public Object phoneNumbersClient(String connectionString) throws ReflectiveOperationException {
        Class<?> builderType = loadClass("io.github.acsnumbers.phonenumbers.PhoneNumbersClientBuilder");
        Object builder = builderType.getConstructor().newInstance();
        builderType.getMethod("connectionString", String.class).invoke(builder, connectionString);
        return builderType.getMethod("buildClient").invoke(builder);
    }

    /**
     * @param client a client from {@link #phoneNumbersClient}
     * @param number the number to get
     * @return {@code client.getPurchasedPhoneNumber(number).getPhoneNumber()}
     * @throws ReflectiveOperationException if the call cannot be made (its own failure is the cause)
     */
    public static Object purchasedPhoneNumber(Object client, String number) throws ReflectiveOperationException {
        Object n = client.getClass().getMethod("getPurchasedPhoneNumber", String.class).invoke(client, number);
        return n.getClass().getMethod("getPhoneNumber").invoke(n);
    }
}
