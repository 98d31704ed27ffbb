package io.github.acsnumbers.emulator.phonenumbers;

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

    private final Map<String, Country> countries = new LinkedHashMap<>();

    /**
     * Builds the catalog for a seed.
     *
     * @param seed seed
     */
    public Catalog(long seed) {
        Random r = new Random(seed);
        // US: the three offerings the service lists; many localities for paging
        add(r, "US", "United States", "1",
                List.of(new Offering("geographic", "person", "inbound+outbound", "none", 1.0, false),
                        new Offering("geographic", "application", "inbound+outbound", "none", 1.0, false),
                        new Offering("tollFree", "application", "inbound+outbound", "inbound+outbound", 2.0, false)),
                geo("Anchorage", "AK", "907", "Atlanta", "GA", "404", "Austin", "TX", "512",
                        "Boston", "MA", "617", "Brooklyn", "NY", "718", "Charlotte", "NC", "704",
                        "Chicago", "IL", "312", "Columbus", "OH", "614", "Dallas", "TX", "214",
                        "Denver", "CO", "303", "Detroit", "MI", "313", "Honolulu", "HI", "808",
                        "Houston", "TX", "713", "Kansas City", "MO", "816", "Las Vegas", "NV", "702",
                        "Los Angeles", "CA", "213", "Miami", "FL", "305", "Minneapolis", "MN", "612",
                        "Nashville", "TN", "615", "New York", "NY", "212", "Orlando", "FL", "407",
                        "Philadelphia", "PA", "215", "Phoenix", "AZ", "602", "Portland", "OR", "503",
                        "Redmond", "WA", "425", "Salt Lake City", "UT", "801", "San Diego", "CA", "619",
                        "San Francisco", "CA", "415", "Seattle", "WA", "206", "Washington", "DC", "202"),
                List.of("888", "877", "866", "855", "844", "833"), 7, null);
        add(r, "CA", "Canada", "1",
                List.of(new Offering("geographic", "application", "inbound+outbound", "inbound+outbound", 1.0, false),
                        new Offering("tollFree", "application", "inbound+outbound", "inbound+outbound", 2.0, false)),
                geo("Calgary", "AB", "403", "Montreal", "QC", "514", "Ottawa", "ON", "613", "Toronto", "ON", "416",
                        "Vancouver", "BC", "604"),
                List.of("800"), 7, null);
        add(r, "GB", "United Kingdom", "44",
                List.of(new Offering("geographic", "application", "inbound+outbound", "none", 1.0, false),
                        new Offering("geographic", "person", "inbound+outbound", "none", 1.0, false),
                        new Offering("tollFree", "application", "inbound", "none", 2.0, false)),
                geo("Birmingham", null, "121", "Edinburgh", null, "131", "Glasgow", null, "141",
                        "London", null, "20", "Manchester", null, "161"),
                List.of("800"), 0, null);
        add(r, "FR", "France", "33",
                List.of(new Offering("geographic", "application", "inbound+outbound", "none", 1.0, false),
                        new Offering("tollFree", "application", "inbound+outbound", "none", 8.0, true)),
                geo("Lille", null, "3", "Lyon", null, "4", "Paris", null, "1", "Toulouse", null, "5"),
                List.of("80"), 0, null);
        add(r, "IE", "Ireland", "353",
                List.of(new Offering("geographic", "application", "inbound+outbound", "none", 1.0, false),
                        new Offering("mobile", "application", "inbound+outbound", "inbound+outbound", 1.5, false),
                        new Offering("tollFree", "application", "inbound+outbound", "none", 2.0, false)),
                geo("Cork", null, "21", "Dublin", null, "1"),
                List.of("800"), 0, List.of(new Locality("Dublin", null, "mobile", List.of("83"))));
        add(r, "DE", "Germany", "49",
                List.of(new Offering("geographic", "application", "inbound+outbound", "none", 1.0, false),
                        new Offering("tollFree", "application", "inbound+outbound", "none", 2.0, false)),
                geo("Berlin", null, "30", "Frankfurt", null, "69", "Hamburg", null, "40", "Munich", null, "89"),
                List.of("800"), 0, null);
        add(r, "NL", "Netherlands", "31",
                List.of(new Offering("geographic", "application", "inbound+outbound", "none", 1.0, false),
                        new Offering("tollFree", "application", "inbound+outbound", "none", 2.0, false)),
                geo("Amsterdam", null, "20", "Rotterdam", null, "10"), List.of("800"), 0, null);
        add(r, "ES", "Spain", "34",
                List.of(new Offering("geographic", "application", "inbound+outbound", "none", 1.0, false),
                        new Offering("tollFree", "application", "inbound+outbound", "none", 2.0, false)),
                geo("Barcelona", null, "93", "Madrid", null, "91"), List.of("900"), 0, null);
        add(r, "IT", "Italy", "39",
                List.of(new Offering("geographic", "application", "inbound+outbound", "none", 1.0, false),
                        new Offering("tollFree", "application", "inbound+outbound", "none", 2.0, false)),
                geo("Milan", null, "02", "Rome", null, "06"), List.of("800"), 0, null);
        add(r, "SE", "Sweden", "46",
                List.of(new Offering("geographic", "application", "inbound+outbound", "none", 1.0, false),
                        new Offering("tollFree", "application", "inbound+outbound", "none", 2.0, false)),
                geo("Gothenburg", null, "31", "Stockholm", null, "8"), List.of("20"), 0, null);
        add(r, "DK", "Denmark", "45",
                List.of(new Offering("geographic", "application", "inbound+outbound", "none", 1.0, false),
                        new Offering("tollFree", "application", "inbound+outbound", "none", 2.0, false)),
                geo("Copenhagen", null, "3"), List.of("80"), 0, null);
        add(r, "AU", "Australia", "61",
                List.of(new Offering("geographic", "application", "inbound+outbound", "none", 1.0, false),
                        new Offering("tollFree", "application", "inbound+outbound", "none", 2.0, false)),
                geo("Brisbane", "QLD", "7", "Melbourne", "VIC", "3", "Perth", "WA", "8", "Sydney", "NSW", "2"),
                List.of("1800"), 0, null);
    }

    /** National significant number lengths, so subscriber digits = length - area code length. */
    private static int nationalLength(String country) {
        return switch (country) {
            case "US", "CA", "GB", "DE", "IT" -> 10;
            case "FR", "ES", "NL", "AU", "SE" -> 9;
            case "IE" -> 9;
            case "DK" -> 8;
            default -> 9;
        };
    }

    private static List<Locality> geo(Object... triples) {
        List<Locality> out = new ArrayList<>();
        for (int i = 0; i < triples.length; i += 3) {
            out.add(new Locality((String) triples[i], (String) triples[i + 1], "geographic",
                    List.of((String) triples[i + 2])));
        }
        return out;
    }

    private void add(Random r, String code, String name, String dial, List<Offering> offerings,
                     List<Locality> geographic, List<String> tollFree, int unused, List<Locality> mobile) {
        List<Locality> localities = new ArrayList<>(geographic);
        if (mobile != null) {
            localities.addAll(mobile);
        }
        List<NumberPool> pools = new ArrayList<>();
        int national = nationalLength(code);
        for (Locality l : localities) {
            for (String area : l.areaCodes()) {
                pools.add(new NumberPool(code, l.type(), area, l.name(), dial + area, national - area.length(), r));
            }
        }
        for (String area : tollFree) {
            pools.add(new NumberPool(code, "tollFree", area, null, dial + area, national - area.length(), r));
        }
        countries.put(code, new Country(code, name, dial, List.copyOf(offerings), List.copyOf(localities),
                List.copyOf(pools)));
    }

    private static final Map<String, String> DIVISION_NAMES = Map.ofEntries(
            Map.entry("AK", "Alaska"), Map.entry("GA", "Georgia"), Map.entry("TX", "Texas"),
            Map.entry("MA", "Massachusetts"), Map.entry("NY", "New York"), Map.entry("NC", "North Carolina"),
            Map.entry("IL", "Illinois"), Map.entry("OH", "Ohio"), Map.entry("CO", "Colorado"),
            Map.entry("MI", "Michigan"), Map.entry("HI", "Hawaii"), Map.entry("MO", "Missouri"),
            Map.entry("NV", "Nevada"), Map.entry("CA", "California"), Map.entry("FL", "Florida"),
            Map.entry("MN", "Minnesota"), Map.entry("TN", "Tennessee"), Map.entry("PA", "Pennsylvania"),
            Map.entry("AZ", "Arizona"), Map.entry("OR", "Oregon"), Map.entry("WA", "Washington"),
            Map.entry("UT", "Utah"), Map.entry("DC", "District of Columbia"), Map.entry("AB", "Alberta"),
            Map.entry("QC", "Quebec"), Map.entry("ON", "Ontario"), Map.entry("BC", "British Columbia"),
            Map.entry("QLD", "Queensland"), Map.entry("VIC", "Victoria"), Map.entry("NSW", "New South Wales"));

    /** Whether a filter value names this division, by abbreviation or full name (case-insensitive). */
    static boolean divisionMatches(String division, String filter) {
        if (division == null || filter == null) {
            return false;
        }
        String f = filter.trim();
        return division.equalsIgnoreCase(f) || f.equalsIgnoreCase(DIVISION_NAMES.get(division));
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
        for (Country c : countries.values()) {
            for (NumberPool p : c.pools()) {
                if (p.contains(digits)) {
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
