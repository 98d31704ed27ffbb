package io.github.acsnumbers.bench;

import io.github.acsnumbers.core.paging.Page;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClient;
import io.github.acsnumbers.phonenumbers.PhoneNumbersClientBuilder;
import io.github.acsnumbers.phonenumbers.models.PurchasedPhoneNumber;
import java.util.Iterator;

/**
 * The program of benchmark 5, run in a fresh JVM whose class path holds only this class, the facade and the
 * facade's runtime dependencies: builds a client from the connection string in {@code ACS_BENCH_CONNECTION_STRING}
 * and lists one page of purchased numbers. With the argument {@code noop} it only prints (the JVM's own floor).
 *
 * <p>It must stay self-contained (no other class of this module, no lambdas or nested classes): it is copied
 * alone out of the benchmark jar.
 */
public final class ColdStartChild {
    private ColdStartChild() {
    }

    /**
     * Entry point.
     *
     * @param args {@code noop} for the baseline, nothing for the real run
     */
    public static void main(String[] args) {
        long t0 = System.nanoTime();
        if (args.length > 0 && "noop".equals(args[0])) {
            System.out.println("coldstart noop");
            return;
        }
        String connectionString = System.getenv("ACS_BENCH_CONNECTION_STRING");
        PhoneNumbersClient client = new PhoneNumbersClientBuilder().connectionString(connectionString)
            .buildClient();
        long t1 = System.nanoTime();
        Iterator<Page<PurchasedPhoneNumber>> pages = client.listPurchasedPhoneNumbers().byPage().iterator();
        int items = pages.next().items().size();
        long t2 = System.nanoTime();
        boolean azure;
        try {
            Class.forName("com.azure.core.credential.TokenCredential", false, ColdStartChild.class.getClassLoader());
            azure = true;
        } catch (ClassNotFoundException e) {
            azure = false;
        }
        System.out.println("coldstart items=" + items + " buildMicros=" + (t1 - t0) / 1000 + " firstPageMicros="
            + (t2 - t1) / 1000 + " azureCore=" + azure);
        // OkHttp keeps a connection pool thread; a real program would go on, the measurement stops here
        System.exit(0);
    }
}
