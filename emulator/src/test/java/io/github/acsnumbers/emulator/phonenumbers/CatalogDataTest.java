package io.github.acsnumbers.emulator.phonenumbers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The generated catalog: up to date with its generator, real-world facts, valid minted numbers, seeded. */
class CatalogDataTest {

    private final Catalog catalog = new Catalog(0);

    @Test
    void theCommittedDataFileIsWhatTheGeneratorProduces() throws Exception {
        String generated = new CatalogGenerator().generate();
        if (Boolean.getBoolean("catalog.regenerate")) {
            Path target = Path.of("src/main/resources/io/github/acsnumbers/emulator/phonenumbers/catalog.tsv");
            Files.writeString(target, generated, StandardCharsets.UTF_8);
            System.out.println("catalog regenerated into " + target.toAbsolutePath());
        }
        String committed;
        try (InputStream in = Catalog.class.getResourceAsStream("catalog.tsv")) {
            assertNotNull(in, "catalog.tsv is on the class path");
            committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertEquals(generated, committed, "catalog.tsv is out of date: run mvn -pl emulator -am test "
                + "-Dtest=CatalogDataTest -Dsurefire.failIfNoSpecifiedTests=false -Dcatalog.regenerate=true");
    }

    @Test
    void fortyTwoCountriesEachWithOfferingsAndPools() {
        assertEquals(42, catalog.countries().size());
        assertEquals("Argentina", catalog.countries().get(0).name());
        for (Catalog.Country c : catalog.countries()) {
            assertTrue(!c.offerings().isEmpty(), c.code());
            for (Catalog.Offering o : c.offerings()) {
                assertTrue(c.pools().stream().anyMatch(p -> p.type().equals(o.phoneNumberType())),
                        c.code() + " " + o.phoneNumberType() + " has numbers");
            }
        }
    }

    @Test
    void northAmericaHasHundredsOfLocalitiesWithTheirRealAreaCodes() {
        List<Catalog.Locality> us = geographic("US");
        assertTrue(us.size() > 300, "US localities: " + us.size());
        Set<String> states = new TreeSet<>();
        us.forEach(l -> states.add(l.division()));
        assertEquals(51, states.size(), "50 states and DC: " + states);
        assertEquals(List.of("907"), locality("US", "Anchorage", "AK").areaCodes());
        assertTrue(locality("US", "New York", "NY").areaCodes().contains("212"));
        assertTrue(locality("US", "Seattle", "WA").areaCodes().contains("206"));
        List<Catalog.Locality> ca = geographic("CA");
        assertTrue(ca.size() > 50, "CA localities: " + ca.size());
        assertTrue(locality("CA", "Toronto", "ON").areaCodes().contains("416"));
        Set<String> provinces = new TreeSet<>();
        ca.forEach(l -> provinces.add(l.division()));
        assertTrue(provinces.size() >= 10, provinces.toString());
        assertTrue(catalog.divisionMatches("US", "AK", "Alaska"));
        assertTrue(catalog.divisionMatches("US", "DC", "District of Columbia"));
        assertTrue(locality("US", "Washington", "DC").areaCodes().contains("202"));
        assertTrue(catalog.divisionMatches("CA", "ON", "ontario"));
    }

    @Test
    void irishMobileLocalitiesHaveNoDivision() {
        List<Catalog.Locality> mobile = catalog.country("IE").localities().stream()
                .filter(l -> l.type().equals("mobile")).toList();
        assertEquals(1, mobile.size());
        assertEquals("Dublin", mobile.get(0).name());
        assertNull(mobile.get(0).division());
        assertEquals(List.of("1"), mobile.get(0).areaCodes());
    }

    @Test
    void mintedNumbersAreValidForTheirCountryAndType() {
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        int checked = 0;
        for (Catalog.Country c : catalog.countries()) {
            for (NumberPool pool : c.pools()) {
                String n = firstMintable(pool);
                assertNotNull(n, "pool " + pool.country() + " " + pool.type() + " " + pool.areaCode());
                PhoneNumber parsed = parse(util, n);
                assertTrue(util.isValidNumberForRegion(parsed, c.code()), n);
                PhoneNumberType t = util.getNumberType(parsed);
                switch (pool.type()) {
                    case "tollFree" -> assertEquals(PhoneNumberType.TOLL_FREE, t, n);
                    case "mobile" -> assertTrue(t == PhoneNumberType.MOBILE
                            || t == PhoneNumberType.FIXED_LINE_OR_MOBILE, n);
                    default -> assertTrue(t == PhoneNumberType.FIXED_LINE
                            || t == PhoneNumberType.FIXED_LINE_OR_MOBILE, n);
                }
                assertTrue(n.startsWith("+" + c.dialCode()), n);
                NumberPool owner = catalog.poolOf(n);
                assertNotNull(owner, n);
                assertEquals(pool.type(), owner.type(), n);
                checked++;
            }
        }
        assertTrue(checked > 500, "pools checked: " + checked);
    }

    @Test
    void theSameSeedMintsTheSameNumbersAndAnotherSeedOthers() {
        List<String> a = sample(new Catalog(7));
        assertEquals(a, sample(new Catalog(7)));
        assertNotEquals(a, sample(new Catalog(8)));
    }

    private static List<String> sample(Catalog c) {
        List<String> out = new ArrayList<>();
        for (String code : List.of("US", "GB", "IE", "JP", "AU")) {
            List<NumberPool> pools = c.country(code).pools();
            for (NumberPool p : pools.subList(0, Math.min(3, pools.size()))) {
                for (int i = 0; i < 5; i++) {
                    out.add(p.numberAt(i));
                }
            }
        }
        return out;
    }

    private static String firstMintable(NumberPool pool) {
        for (int i = 0; i < 2000; i++) {
            String n = pool.numberAt(i);
            if (pool.mintable(n)) {
                return n;
            }
        }
        return null;
    }

    private static PhoneNumber parse(PhoneNumberUtil util, String n) {
        try {
            return util.parse(n, "ZZ");
        } catch (Exception e) {
            throw new AssertionError(n, e);
        }
    }

    private List<Catalog.Locality> geographic(String country) {
        return catalog.country(country).localities().stream().filter(l -> l.type().equals("geographic")).toList();
    }

    private Catalog.Locality locality(String country, String name, String division) {
        return geographic(country).stream().filter(l -> l.name().equals(name) && division.equals(l.division()))
                .findFirst().orElseThrow(() -> new AssertionError(name + ", " + division + " not in " + country));
    }
}
