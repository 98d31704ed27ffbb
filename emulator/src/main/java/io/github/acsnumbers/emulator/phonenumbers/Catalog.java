package io.github.acsnumbers.emulator.phonenumbers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The emulated catalog: countries, localities, area codes, offerings and the pools of numbers behind them. The
 * number sequence of each pool is a permutation derived from the seed, so numbers are generated lazily and the
 * same seed always offers the same numbers.
 */
public final class Catalog {

    /** A country and what can be bought there. */
    public record Country(String code, String name, String dialCode, List<Offering> offerings,
                          List<Locality> localities, List<NumberPool> pools) {
    }

    /** A locality; {@code division} (the abbreviation) may be {@code null}. */
    public record Locality(String name, String division, String type, List<String> areaCodes) {
    }

    /** One offering: number type, assignment type, what it can do, what it costs. */
    public record Offering(String phoneNumberType, String assignmentType, String calling, String sms, double amount,
                           boolean agreementRequired) {
    }

    private static final String DATA = "catalog.tsv";
    private static volatile List<String[]> rows;

    private final Map<String, Country> countries = new LinkedHashMap<>();
    /** Division names by country, then abbreviation. */
    private final Map<String, Map<String, String>> divisionNames = new LinkedHashMap<>();

    /**
     * Builds the catalog for a seed from the generated data file ({@code catalog.tsv}: 42 countries, offerings,
     * localities with their area codes, number prefixes valid for each type; see the emulator README). The seed
     * decides which numbers each pool offers, in which order.
     *
     * @param seed seed
     */
    public Catalog(long seed) {
        Random r = new Random(seed);
        Map<String, String[]> countryRows = new LinkedHashMap<>();
        Map<String, List<Offering>> offerings = new LinkedHashMap<>();
        Map<String, List<String[]>> pools = new LinkedHashMap<>();
        for (String[] f : rows()) {
            switch (f[0]) {
                case "country" -> countryRows.put(f[1], f);
                case "offering" -> offerings.computeIfAbsent(f[1], k -> new ArrayList<>()).add(new Offering(f[2], f[3],
                        f[4], f[5], Double.parseDouble(f[6]), Boolean.parseBoolean(f[7])));
                case "division" -> divisionNames.computeIfAbsent(f[1], k -> new LinkedHashMap<>()).put(f[2], f[3]);
                case "pool" -> pools.computeIfAbsent(f[1], k -> new ArrayList<>()).add(f);
                default -> throw new IllegalStateException("unknown catalog row " + f[0]);
            }
        }
        for (String[] c : countryRows.values()) {
            String code = c[1];
            String dial = c[3];
            Map<String, Locality> localities = new LinkedHashMap<>();
            Map<String, List<String>> areaCodes = new LinkedHashMap<>();
            List<NumberPool> countryPools = new ArrayList<>();
            for (String[] p : pools.getOrDefault(code, List.of())) {
                String type = p[2];
                String areaCode = p[3];
                String locality = "-".equals(p[4]) ? null : p[4];
                String division = "-".equals(p[5]) ? null : p[5];
                String national = p[6];
                int length = Integer.parseInt(p[7]);
                if (locality != null) {
                    String key = type + "\t" + locality + "\t" + division;
                    List<String> codes = areaCodes.computeIfAbsent(key, k -> new ArrayList<>());
                    if (!codes.contains(areaCode)) {
                        codes.add(areaCode);
                    }
                    localities.putIfAbsent(key, null);
                }
                countryPools.add(new NumberPool(code, type, areaCode, locality, division, dial + national,
                        length - national.length(), r));
            }
            List<Locality> list = new ArrayList<>();
            for (String key : localities.keySet()) {
                String[] k = key.split("\t", -1);
                list.add(new Locality(k[1], "null".equals(k[2]) ? null : k[2], k[0], List.copyOf(areaCodes.get(key))));
            }
            list.sort(Comparator.comparing((Locality l) -> l.division() == null ? "" : l.division())
                    .thenComparing(Locality::name));
            countries.put(code, new Country(code, c[2], dial, List.copyOf(offerings.getOrDefault(code, List.of())),
                    List.copyOf(list), List.copyOf(countryPools)));
        }
    }

    /** The data file's rows (parsed once per JVM: the data do not depend on the seed). */
    private static List<String[]> rows() {
        List<String[]> cached = rows;
        if (cached != null) {
            return cached;
        }
        List<String[]> out = new ArrayList<>();
        try (InputStream in = Catalog.class.getResourceAsStream(DATA)) {
            if (in == null) {
                throw new IllegalStateException("the emulator's catalog data file " + DATA + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the emulator's catalog data file", e);
        }
        rows = List.copyOf(out);
        return rows;
    }

    /**
     * Whether a filter value names this division, by abbreviation or full name (case-insensitive).
     *
     * @param country  ISO country code
     * @param division the locality's division abbreviation, or {@code null}
     * @param filter   the filter value
     * @return whether it matches
     */
    boolean divisionMatches(String country, String division, String filter) {
        if (division == null || filter == null) {
            return false;
        }
        String f = filter.trim();
        String full = divisionNames.getOrDefault(country, Map.of()).get(division);
        return division.equalsIgnoreCase(f) || f.equalsIgnoreCase(full);
    }

    /**
     * Countries sorted by name.
     *
     * @return countries sorted by name
     */
    public List<Country> countries() {
        List<Country> out = new ArrayList<>(countries.values());
        out.sort(Comparator.comparing(Country::name));
        return out;
    }

    /**
     * The country, or {@code null}.
     *
     * @param code error code
     * @return the country, or {@code null}
     */
    public Country country(String code) {
        return code == null ? null : countries.get(code.toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * The pool a number belongs to (by its digits), or {@code null} when the catalog never offers it.
     *
     * @param e164 the E.164 number
     * @return the pool a number belongs to (by its digits), or {@code null} when the catalog never offers it
     */
    public NumberPool poolOf(String e164) {
        if (e164 == null || !e164.startsWith("+")) {
            return null;
        }
        String digits = e164.substring(1);
        // a code shared by several countries (+1): the country libphonenumber assigns the number to comes first
        Country preferred = country(NumberRules.region(e164));
        if (preferred != null) {
            for (NumberPool p : preferred.pools()) {
                if (p.contains(digits) && p.mintable(e164)) {
                    return p;
                }
            }
        }
        for (Country c : countries.values()) {
            for (NumberPool p : c.pools()) {
                if (c != preferred && p.contains(digits) && p.mintable(e164)) {
                    return p;
                }
            }
        }
        return null;
    }

    /**
     * The offering for a pool type and assignment type, or {@code null}.
     *
     * @param country ISO country code
     * @param type number type
     * @param assignment assignment type, or {@code null} for any
     * @return the offering for a pool type and assignment type, or {@code null}
     */
    public Offering offering(String country, String type, String assignment) {
        Country c = country(country);
        if (c == null) {
            return null;
        }
        for (Offering o : c.offerings()) {
            if (o.phoneNumberType().equals(type) && (assignment == null || o.assignmentType().equals(assignment))) {
                return o;
            }
        }
        return null;
    }

    /** Capability values as bit sets: inbound = 1, outbound = 2. */
    static int bits(String capability) {
        if (capability == null) {
            return 0;
        }
        return switch (capability) {
            case "none" -> 0;
            case "inbound" -> 1;
            case "outbound" -> 2;
            case "inbound+outbound" -> 3;
            default -> -1;
        };
    }

    /** Whether a capability value is one of the four the service knows. */
    static boolean validCapability(String capability) {
        return capability != null && bits(capability) >= 0;
    }

    /** Whether an offering can serve the requested capabilities. */
    static boolean supports(Offering o, String calling, String sms) {
        int c = bits(calling);
        int s = bits(sms);
        return c >= 0 && s >= 0 && (bits(o.calling()) & c) == c && (bits(o.sms()) & s) == s;
    }
}
