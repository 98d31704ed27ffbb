package io.github.acsnumbers.surface;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.acsnumbers.core.ImplementsOperation;
import io.github.acsnumbers.core.lro.AsyncPoller;
import io.github.acsnumbers.core.lro.SyncPoller;
import io.github.acsnumbers.core.paging.AsyncPagedIterable;
import io.github.acsnumbers.core.paging.PagedIterable;
import io.github.acsnumbers.identity.CommunicationIdentityAsyncClient;
import io.github.acsnumbers.identity.CommunicationIdentityClient;
import io.github.acsnumbers.phonenumbers.PhoneNumbersAsyncClient;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClient;
import io.github.acsnumbers.siprouting.SipRoutingAsyncClient;
import io.github.acsnumbers.siprouting.SipRoutingClient;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever the sync client offers, its async twin offers too, and the other way round: every public method, by
 * name and parameter types, with the return type mapped ({@code T} → {@code CompletableFuture<T>}, {@code void} →
 * {@code CompletableFuture<Void>}, {@code PagedIterable<T>} → {@code AsyncPagedIterable<T>}, {@code SyncPoller<T>}
 * → {@code CompletableFuture<AsyncPoller<T>>} when it starts an operation or {@code AsyncPoller<T>} when it
 * resumes one), and the same {@link ImplementsOperation} annotations.
 */
class SyncAsyncSurfaceTest {
    /** Methods that send nothing (local computations on a value the caller holds): same return type on both sides. */
    private static final Set<String> LOCAL = Set.of("lint(SipConfiguration)", "dryRun(String, SipConfiguration)",
        "getServiceVersion()");

    static List<Class<?>[]> twins() {
        return List.of(new Class<?>[] {PhoneNumbersClient.class, PhoneNumbersAsyncClient.class},
            new Class<?>[] {SipRoutingClient.class, SipRoutingAsyncClient.class},
            new Class<?>[] {CommunicationIdentityClient.class, CommunicationIdentityAsyncClient.class});
    }

    private static Map<String, Method> surface(Class<?> type) {
        Map<String, Method> result = new TreeMap<>();
        for (Method m : type.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic()) {
                result.put(m.getName() + Arrays.stream(m.getGenericParameterTypes()).map(Object::toString)
                    .collect(Collectors.joining(", ", "(", ")")), m);
            }
        }
        return result;
    }

    private static String boxed(String type) {
        return switch (type) {
            case "boolean" -> "java.lang.Boolean";
            case "int" -> "java.lang.Integer";
            case "long" -> "java.lang.Long";
            case "void" -> "java.lang.Void";
            default -> type;
        };
    }

    private static List<String> expectedAsyncReturns(Method sync) {
        String t = sync.getGenericReturnType().getTypeName();
        String future = CompletableFuture.class.getName();
        String simple = sync.getName() + Arrays.stream(sync.getParameterTypes()).map(Class::getSimpleName)
            .collect(Collectors.joining(", ", "(", ")"));
        if (LOCAL.contains(simple)) {
            return List.of(t);
        }
        if (t.startsWith(PagedIterable.class.getName() + "<")) {
            return List.of(AsyncPagedIterable.class.getName() + t.substring(PagedIterable.class.getName().length()));
        }
        if (t.startsWith(SyncPoller.class.getName() + "<")) {
            String poller = AsyncPoller.class.getName() + t.substring(SyncPoller.class.getName().length());
            return List.of(future + "<" + poller + ">", poller);
        }
        return List.of(future + "<" + boxed(t) + ">");
    }

    @ParameterizedTest
    @MethodSource("twins")
    void everyMethodHasItsTwin(Class<?> syncType, Class<?> asyncType) {
        Map<String, Method> sync = surface(syncType);
        Map<String, Method> async = surface(asyncType);
        assertTrue(sync.size() > 3, "found the public methods of " + syncType);
        assertEquals(sync.keySet(), async.keySet(), "same methods, by name and parameter types");
        List<String> problems = new ArrayList<>();
        sync.forEach((signature, s) -> {
            Method a = async.get(signature);
            List<String> expected = expectedAsyncReturns(s);
            String actual = a.getGenericReturnType().getTypeName();
            if (!expected.contains(actual)) {
                problems.add(signature + ": async returns " + actual + ", expected one of " + expected);
            }
            List<String> so = Arrays.stream(s.getAnnotationsByType(ImplementsOperation.class))
                .map(ImplementsOperation::value).sorted().toList();
            List<String> ao = Arrays.stream(a.getAnnotationsByType(ImplementsOperation.class))
                .map(ImplementsOperation::value).sorted().toList();
            if (!so.equals(ao)) {
                problems.add(signature + ": @ImplementsOperation " + so + " (sync) vs " + ao + " (async)");
            }
        });
        assertEquals(List.of(), problems);
    }
}
