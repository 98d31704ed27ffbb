package io.github.acsnumbers.emulator.http;

import java.util.Set;

/**
 * Which {@code api-version} values a route accepts and what it advertises in {@code api-supported-versions}.
 * An empty {@code accepted} set means the handler checks the version itself (the server then lets any value,
 * or none, through); a header the handler sets replaces the advertised one.
 *
 * @param accepted         versions the emulator actually implements for the route (empty: the handler decides)
 * @param supportedHeader  value of the {@code api-supported-versions} response header (as the service lists it)
 */
public record ApiVersionPolicy(Set<String> accepted, String supportedHeader) {

    /**
     * Copies the set.
     *
     * @param accepted versions the emulator actually implements for the route (empty: the handler decides)
     * @param supportedHeader value advertised in {@code api-supported-versions} unless the handler sets one
     */
    public ApiVersionPolicy {
        accepted = Set.copyOf(accepted);
    }

    private static final String PN_BASE = "2021-03-07, 2022-01-11-preview2, 2022-06-01-preview, 2022-12-01, "
            + "2022-12-02-preview2, 2023-04-30-preview, 2023-05-01-preview, 2023-10-01-preview, "
            + "2024-03-01-preview, 2024-04-30-preview, 2024-05-01-preview, 2024-08-31-preview, 2025-02-11, "
            + "2025-04-01-preview, 2025-04-01, 2025-04-15-preview, 2025-06-01";

    /** Phone numbers: purchased numbers, search, purchase, catalog. */
    public static final ApiVersionPolicy PHONE_NUMBERS = new ApiVersionPolicy(Set.of(SpecVersions.PHONE_NUMBERS), PN_BASE);

    /** Phone numbers operations (polling) advertise two more versions. */
    public static final ApiVersionPolicy PHONE_NUMBER_OPERATIONS = new ApiVersionPolicy(Set.of(SpecVersions.PHONE_NUMBERS),
            "2021-03-07, 2022-01-11-preview2, 2022-06-01-preview, 2022-11-15-preview, 2022-12-01, "
                    + "2022-12-02-preview2, 2023-04-30-preview, 2023-05-01-preview, 2023-10-01-preview, "
                    + "2023-10-01-preview2, 2024-03-01-preview, 2024-04-30-preview, 2024-05-01-preview, "
                    + "2024-08-31-preview, 2025-02-11, 2025-04-01-preview, 2025-04-01, 2025-04-15-preview, 2025-06-01");

    /** Browse and reservations start at 2023-04-30-preview. */
    public static final ApiVersionPolicy BROWSE_AND_RESERVATIONS = new ApiVersionPolicy(Set.of(SpecVersions.PHONE_NUMBERS),
            "2023-04-30-preview, 2023-05-01-preview, 2023-10-01-preview, 2024-03-01-preview, 2024-04-30-preview, "
                    + "2024-05-01-preview, 2024-08-31-preview, 2025-02-11, 2025-04-01-preview, 2025-04-01, "
                    + "2025-04-15-preview, 2025-06-01");

    /** Operator information starts at 2023-05-01-preview. */
    public static final ApiVersionPolicy OPERATOR_INFORMATION = new ApiVersionPolicy(Set.of(SpecVersions.PHONE_NUMBERS),
            "2023-05-01-preview, 2023-10-01-preview, 2024-03-01-preview, 2024-04-30-preview, 2024-05-01-preview, "
                    + "2024-08-31-preview, 2025-02-11, 2025-04-01-preview, 2025-04-01, 2025-04-15-preview, "
                    + "2025-06-01");

    /** SIP routing: stable and preview. */
    public static final ApiVersionPolicy SIP = new ApiVersionPolicy(Set.of(SpecVersions.SIP_STABLE, SpecVersions.SIP_PREVIEW),
            "2023-03-01, 2023-04-01-preview, 2024-11-15-preview");

    /** Identity: the versions the identity domain serves. */
    public static final ApiVersionPolicy IDENTITY = new ApiVersionPolicy(
            Set.of("2023-10-01", "2025-06-30", SpecVersions.IDENTITY), "2023-10-01, 2025-06-30, 2026-09-23");

    /**
     * A policy whose handler checks the api-version itself (and answers the service's 400 on its own).
     *
     * @param supportedHeader value advertised in {@code api-supported-versions} unless the handler sets one
     * @return the policy
     */
    public static ApiVersionPolicy checkedByHandler(String supportedHeader) {
        return new ApiVersionPolicy(Set.of(), supportedHeader);
    }
}
