/**
 * The ACS Phone Numbers, SIP routing and identity SDK.
 *
 * <p>Exports only the user API: the clients, builders, options and models of {@code phonenumbers},
 * {@code siprouting} and {@code identity}, and the shared user-facing types of {@code core} (credentials, errors,
 * retry options, pollers, paged lists, bulk outcomes). The plumbing ({@code io.github.acsnumbers.implementation.*})
 * and the generated REST stubs packed into this jar ({@code io.github.acsnumbers.generated.*}) are not exported.
 *
 * <p>This file is compiled after the classes, against them and the stubs (see facade/pom.xml), and its
 * {@code module-info.class} is added to the jar by the shade step: class-path users never see it.
 */
module io.github.acsnumbers.phonenumbers {
    // OkHttpClient and Interceptor appear in the builders' API
    requires transitive okhttp3;
    requires okhttp3.logging;
    requires okio;
    requires com.google.gson;
    // the generated stubs' JSON setup (gson-fire has no module name of its own: this is its jar's automatic name)
    requires gson.fire;
    requires org.slf4j;
    // the generated stubs' JSON setup registers java.sql date types
    requires java.sql;
    // only for Entra ID (TokenCredential); key and connection-string users need no Azure jar
    requires static com.azure.core;

    exports io.github.acsnumbers.core;
    exports io.github.acsnumbers.core.auth;
    exports io.github.acsnumbers.core.bulk;
    exports io.github.acsnumbers.core.error;
    exports io.github.acsnumbers.core.lro;
    exports io.github.acsnumbers.core.paging;
    exports io.github.acsnumbers.core.retry;
    exports io.github.acsnumbers.core.util;
    exports io.github.acsnumbers.phonenumbers;
    exports io.github.acsnumbers.phonenumbers.bulk;
    exports io.github.acsnumbers.phonenumbers.models;
    exports io.github.acsnumbers.siprouting;
    exports io.github.acsnumbers.siprouting.models;
    exports io.github.acsnumbers.siprouting.routing;
    exports io.github.acsnumbers.siprouting.validation;
    exports io.github.acsnumbers.identity;
    exports io.github.acsnumbers.identity.models;

    // Gson reads and writes the stubs' wire models by reflection
    opens io.github.acsnumbers.generated.phonenumbers.model to com.google.gson;
    opens io.github.acsnumbers.generated.siprouting.model to com.google.gson;
    opens io.github.acsnumbers.generated.siproutingpreview.model to com.google.gson;
    opens io.github.acsnumbers.generated.identity.model to com.google.gson;
}
