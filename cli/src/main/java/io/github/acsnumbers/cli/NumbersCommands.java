package io.github.acsnumbers.cli;

import io.github.acsnumbers.phonenumbers.PhoneNumbersClient;
import io.github.acsnumbers.phonenumbers.models.AvailablePhoneNumber;
import io.github.acsnumbers.phonenumbers.models.BrowseOptions;
import io.github.acsnumbers.phonenumbers.models.ListAreaCodesOptions;
import io.github.acsnumbers.phonenumbers.models.ListLocalitiesOptions;
import io.github.acsnumbers.phonenumbers.models.ListOfferingsOptions;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberAreaCode;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberAssignmentType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCapabilities;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCapabilityType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCost;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCountry;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberLocality;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberOffering;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberSearchResult;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberType;
import io.github.acsnumbers.phonenumbers.models.PhoneNumbersBrowseResult;
import io.github.acsnumbers.phonenumbers.models.PhoneNumbersReservation;
import io.github.acsnumbers.phonenumbers.models.PurchaseOptions;
import io.github.acsnumbers.phonenumbers.models.PurchasedPhoneNumber;
import io.github.acsnumbers.phonenumbers.models.SearchOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code acs-numbers numbers ...}: the catalog, searching, buying, and the numbers the resource owns. */
@Command(name = "numbers", mixinStandardHelpOptions = true,
    description = "Phone numbers: what is offered, search and buy, browse and reserve, and the numbers you own.",
    subcommands = {NumbersCommands.Countries.class, NumbersCommands.Localities.class, NumbersCommands.AreaCodes.class,
        NumbersCommands.Offerings.class, NumbersCommands.Search.class, NumbersCommands.Buy.class,
        NumbersCommands.Browse.class, NumbersCommands.Reserve.class, NumbersCommands.ListNumbers.class,
        NumbersCommands.Show.class, NumbersCommands.Update.class, NumbersCommands.Release.class})
final class NumbersCommands {
    private NumbersCommands() {
    }

    // ---------------------------------------------------------------- converters

    /** geographic, tollFree (toll-free), mobile. */
    static final class TypeConverter implements ITypeConverter<PhoneNumberType> {
        @Override
        public PhoneNumberType convert(String value) {
            switch (value.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "")) {
                case "geographic": return PhoneNumberType.GEOGRAPHIC;
                case "tollfree": return PhoneNumberType.TOLL_FREE;
                case "mobile": return PhoneNumberType.MOBILE;
                default: throw new picocli.CommandLine.TypeConversionException("'" + value
                    + "' is not a number type (geographic, tollFree, mobile)");
            }
        }
    }

    /** application, person. */
    static final class AssignmentConverter implements ITypeConverter<PhoneNumberAssignmentType> {
        @Override
        public PhoneNumberAssignmentType convert(String value) {
            switch (value.toLowerCase(Locale.ROOT)) {
                case "application": return PhoneNumberAssignmentType.APPLICATION;
                case "person": return PhoneNumberAssignmentType.PERSON;
                default: throw new picocli.CommandLine.TypeConversionException("'" + value
                    + "' is not an assignment type (application, person)");
            }
        }
    }

    /** none, inbound, outbound, inbound+outbound. */
    static final class CapabilityConverter implements ITypeConverter<PhoneNumberCapabilityType> {
        @Override
        public PhoneNumberCapabilityType convert(String value) {
            switch (value.toLowerCase(Locale.ROOT).replace(" ", "")) {
                case "none": return PhoneNumberCapabilityType.NONE;
                case "inbound": return PhoneNumberCapabilityType.INBOUND;
                case "outbound": return PhoneNumberCapabilityType.OUTBOUND;
                case "inbound+outbound": case "inboundoutbound": case "inbound-outbound": case "both":
                    return PhoneNumberCapabilityType.INBOUND_OUTBOUND;
                default: throw new picocli.CommandLine.TypeConversionException("'" + value
                    + "' is not a capability (none, inbound, outbound, inbound+outbound)");
            }
        }
    }

    /** A listing command's {@code --format}. */
    abstract static class Listing extends BaseCommand {
        @Option(names = "--format", paramLabel = "table|csv|json", defaultValue = "table",
            description = "table (default), csv or json.")
        Output.Format format;
    }

    static PhoneNumbersClient client(BaseCommand c) {
        return c.connection().phoneNumbers();
    }

    // ---------------------------------------------------------------- catalog

    /** {@code numbers countries}. */
    @Command(name = "countries", mixinStandardHelpOptions = true, description = "Countries where numbers are offered.")
    static final class Countries extends Listing {
        @Override
        int execute() {
            Output o = new Output("countryCode", "name");
            for (PhoneNumberCountry c : client(this).listAvailableCountries()) {
                o.row(c.getCountryCode(), c.getLocalizedName());
            }
            o.print(out(), format);
            return 0;
        }
    }

    /** {@code numbers localities}. */
    @Command(name = "localities", mixinStandardHelpOptions = true, description = "Localities (cities) of a country.")
    static final class Localities extends Listing {
        @Parameters(index = "0", paramLabel = "CC", description = "Two-letter country code, e.g. US.")
        String country;

        @Option(names = "--division", paramLabel = "D", description = "Administrative division (state), e.g. WA.")
        String division;

        @Option(names = "--type", paramLabel = "TYPE", converter = TypeConverter.class,
            description = "geographic or mobile.")
        PhoneNumberType type;

        @Override
        int execute() {
            ListLocalitiesOptions options = new ListLocalitiesOptions().withAdministrativeDivision(division)
                .withPhoneNumberType(type);
            Output o = new Output("locality", "division", "divisionName");
            for (PhoneNumberLocality l : client(this).listAvailableLocalities(country, options)) {
                o.row(l.getLocalizedName(), l.getAdministrativeDivision() == null ? null
                    : l.getAdministrativeDivision().getAbbreviatedName(), l.getAdministrativeDivision() == null ? null
                    : l.getAdministrativeDivision().getLocalizedName());
            }
            o.print(out(), format);
            return 0;
        }
    }

    /** {@code numbers area-codes}. */
    @Command(name = "area-codes", mixinStandardHelpOptions = true, description = "Area codes of a country.")
    static final class AreaCodes extends Listing {
        @Parameters(index = "0", paramLabel = "CC", description = "Two-letter country code.")
        String country;

        @Option(names = "--type", paramLabel = "TYPE", converter = TypeConverter.class, defaultValue = "geographic",
            description = "geographic (default), tollFree or mobile.")
        PhoneNumberType type;

        @Option(names = "--assignment", paramLabel = "A", converter = AssignmentConverter.class,
            description = "application or person.")
        PhoneNumberAssignmentType assignment;

        @Option(names = "--locality", paramLabel = "L", description = "Locality, e.g. Seattle.")
        String locality;

        @Option(names = "--division", paramLabel = "D", description = "Administrative division, e.g. WA.")
        String division;

        @Override
        int execute() {
            ListAreaCodesOptions options = new ListAreaCodesOptions().withAssignmentType(assignment)
                .withLocality(locality).withAdministrativeDivision(division);
            Output o = new Output("areaCode");
            for (PhoneNumberAreaCode a : client(this).listAvailableAreaCodes(country, type, options)) {
                o.row(a.getAreaCode());
            }
            o.print(out(), format);
            return 0;
        }
    }

    /** {@code numbers offerings}. */
    @Command(name = "offerings", mixinStandardHelpOptions = true,
        description = "What can be bought in a country: number type, assignment, capabilities and cost.")
    static final class Offerings extends Listing {
        @Parameters(index = "0", paramLabel = "CC", description = "Two-letter country code.")
        String country;

        @Option(names = "--type", paramLabel = "TYPE", converter = TypeConverter.class,
            description = "geographic, tollFree or mobile.")
        PhoneNumberType type;

        @Option(names = "--assignment", paramLabel = "A", converter = AssignmentConverter.class,
            description = "application or person.")
        PhoneNumberAssignmentType assignment;

        @Override
        int execute() {
            ListOfferingsOptions options = new ListOfferingsOptions().withPhoneNumberType(type)
                .withAssignmentType(assignment);
            Output o = new Output("type", "assignment", "calling", "sms", "cost");
            for (PhoneNumberOffering f : client(this).listAvailableOfferings(country, options)) {
                PhoneNumberCapabilities c = f.getAvailableCapabilities();
                o.row(f.getPhoneNumberType(), f.getAssignmentType(), c == null ? null : c.getCalling(),
                    c == null ? null : c.getSms(), Output.cost(f.getCost()));
            }
            o.print(out(), format);
            return 0;
        }
    }

    // ---------------------------------------------------------------- search and buy

    /** Number type, assignment and capabilities of a search, browse or reservation. */
    static final class Wanted {
        @Option(names = "--type", paramLabel = "TYPE", converter = TypeConverter.class, required = true,
            description = "geographic, tollFree or mobile.")
        PhoneNumberType type;

        @Option(names = "--assignment", paramLabel = "A", converter = AssignmentConverter.class,
            defaultValue = "application", description = "application (default) or person.")
        PhoneNumberAssignmentType assignment;

        @Option(names = "--calling", paramLabel = "C", converter = CapabilityConverter.class,
            defaultValue = "outbound", description = "none, inbound, outbound (default) or inbound+outbound.")
        PhoneNumberCapabilityType calling;

        @Option(names = "--sms", paramLabel = "S", converter = CapabilityConverter.class, defaultValue = "none",
            description = "none (default), inbound, outbound or inbound+outbound.")
        PhoneNumberCapabilityType sms;
    }

    /** {@code numbers search}. */
    @Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Finds numbers and holds them for a purchase (about 16 minutes). Prints the search id, the "
            + "numbers, their cost and when the hold expires. Buying is a separate step: numbers buy SEARCH_ID."})
    static final class Search extends BaseCommand {
        @Parameters(index = "0", paramLabel = "CC", description = "Two-letter country code.")
        String country;

        @Mixin
        Wanted wanted;

        @Option(names = "--area-code", paramLabel = "AC", description = "Area code, e.g. 425.")
        String areaCode;

        @Option(names = "--quantity", paramLabel = "N", defaultValue = "1", description = "How many (default 1).")
        int quantity;

        @Override
        int execute() {
            PhoneNumberSearchResult r = client(this).beginSearchAvailablePhoneNumbers(country, wanted.type,
                wanted.assignment, new PhoneNumberCapabilities(wanted.calling, wanted.sms),
                new SearchOptions().withAreaCode(areaCode).withQuantity(quantity)).getFinalResult();
            printSearch(this, r);
            out().println("Buy them with: acs-numbers numbers buy " + r.getSearchId());
            return 0;
        }
    }

    static void printSearch(BaseCommand c, PhoneNumberSearchResult r) {
        c.out().println("Search id:  " + r.getSearchId());
        c.out().println("Numbers:    " + String.join(", ", r.getPhoneNumbers()));
        c.out().println("Type:       " + r.getPhoneNumberType() + ", " + r.getAssignmentType() + ", calling "
            + (r.getCapabilities() == null ? "?" : r.getCapabilities().getCalling() + ", sms "
            + r.getCapabilities().getSms()));
        c.out().println("Cost:       " + Output.cost(r.getCost()) + " per number");
        c.out().println("Held until: " + r.getSearchExpiresBy());
        if (r.isAgreementToNotResellRequired()) {
            c.out().println("These numbers may only be bought by agreeing not to resell them "
                + "(numbers buy --agree-to-not-resell).");
        }
    }

    static String totalCost(PhoneNumberCost each, int count) {
        if (each == null) {
            return "The service states no cost for these numbers.";
        }
        return String.format(Locale.ROOT, "Cost: %d number(s) at %s each = %.2f %s%s.", count, Output.cost(each),
            each.getAmount() * count, each.getCurrencyCode(),
            each.getBillingFrequency() == null ? "" : " " + each.getBillingFrequency());
    }

    /** {@code numbers buy}. */
    @Command(name = "buy", mixinStandardHelpOptions = true,
        description = "Buys the numbers of a search (SEARCH_ID) or of a reservation (--reservation ID), after "
            + "showing what they cost and asking.")
    static final class Buy extends BaseCommand {
        @Parameters(index = "0", arity = "0..1", paramLabel = "SEARCH_ID", description = "The id 'numbers search' "
            + "printed.")
        String searchId;

        @Option(names = "--reservation", paramLabel = "ID", description = "Buy this reservation instead.")
        String reservationId;

        @Option(names = "--agree-to-not-resell", description = "Agree not to resell the numbers (required for some "
            + "countries).")
        boolean agreeToNotResell;

        @Override
        int execute() {
            if ((searchId == null) == (reservationId == null)) {
                throw new UserError("USAGE", "Give either a SEARCH_ID or --reservation ID.");
            }
            PhoneNumbersClient client = client(this);
            PurchaseOptions options = new PurchaseOptions().withAgreeToNotResell(agreeToNotResell ? Boolean.TRUE
                : null);
            if (searchId != null) {
                PhoneNumberSearchResult r = client.resumeSearchAvailablePhoneNumbers("search_" + searchId)
                    .getFinalResult();
                printSearch(this, r);
                if (r.isAgreementToNotResellRequired() && !agreeToNotResell) {
                    throw new UserError("AGREEMENT_REQUIRED", "These numbers can only be bought with the agreement "
                        + "not to resell them: add --agree-to-not-resell.");
                }
                confirm("buy " + r.getPhoneNumbers().size() + " number(s) (" + String.join(", ", r.getPhoneNumbers())
                    + ")", totalCost(r.getCost(), r.getPhoneNumbers().size()));
                client.beginPurchasePhoneNumbers(searchId, options).getFinalResult();
                out().println("Bought " + String.join(", ", r.getPhoneNumbers()) + ".");
                return 0;
            }
            PhoneNumbersReservation res = client.getReservation(reservationId);
            List<AvailablePhoneNumber> numbers = new ArrayList<>(res.getPhoneNumbers().values());
            if (numbers.isEmpty()) {
                throw new UserError("EMPTY_RESERVATION", "Reservation " + reservationId + " holds no numbers: "
                    + "reserve some first (numbers reserve).");
            }
            out().println("Reservation " + res.getId() + " (" + res.getStatus() + ", until " + res.getExpiresAt()
                + "):");
            double total = 0;
            String currency = "";
            for (AvailablePhoneNumber n : numbers) {
                out().println("  " + n.getPhoneNumber() + "  " + Output.cost(n.getCost()));
                if (n.getCost() != null) {
                    total += n.getCost().getAmount();
                    currency = n.getCost().getCurrencyCode() + (n.getCost().getBillingFrequency() == null ? ""
                        : " " + n.getCost().getBillingFrequency());
                }
            }
            boolean agreement = numbers.stream().anyMatch(AvailablePhoneNumber::isAgreementToNotResellRequired);
            if (agreement && !agreeToNotResell) {
                throw new UserError("AGREEMENT_REQUIRED", "Some of these numbers can only be bought with the "
                    + "agreement not to resell them: add --agree-to-not-resell.");
            }
            confirm("buy the " + numbers.size() + " number(s) of reservation " + reservationId,
                String.format(Locale.ROOT, "Cost: %d number(s), %.2f %s in total.", numbers.size(), total, currency));
            client.beginReservationPurchase(reservationId, options).getFinalResult();
            out().println("Bought " + numbers.stream().map(AvailablePhoneNumber::getPhoneNumber)
                .collect(Collectors.joining(", ")) + ".");
            return 0;
        }
    }

    /** {@code numbers browse}. */
    @Command(name = "browse", mixinStandardHelpOptions = true,
        description = "Lists numbers that can be reserved one by one (nothing is held until 'numbers reserve').")
    static final class Browse extends Listing {
        @Parameters(index = "0", paramLabel = "CC", description = "Two-letter country code.")
        String country;

        @Mixin
        Wanted wanted;

        @Option(names = "--prefix", paramLabel = "P", description = "Only numbers starting with P, e.g. +1425 "
            + "(repeatable).")
        List<String> prefixes;

        @Override
        int execute() {
            PhoneNumbersBrowseResult r = browse(this, country, wanted, prefixes);
            Output o = new Output("phoneNumber", "type", "assignment", "calling", "sms", "cost");
            for (AvailablePhoneNumber n : r.getPhoneNumbers()) {
                o.row(n.getPhoneNumber(), n.getPhoneNumberType(), n.getAssignmentType(),
                    n.getCapabilities() == null ? null : n.getCapabilities().getCalling(),
                    n.getCapabilities() == null ? null : n.getCapabilities().getSms(), Output.cost(n.getCost()));
            }
            o.print(out(), format);
            return 0;
        }
    }

    static PhoneNumbersBrowseResult browse(BaseCommand c, String country, Wanted wanted, List<String> prefixes) {
        return client(c).browseAvailablePhoneNumbers(country, wanted.type, new BrowseOptions()
            .withAssignmentType(wanted.assignment)
            .withCapabilities(new PhoneNumberCapabilities(wanted.calling, wanted.sms))
            .withPhoneNumberPrefixes(prefixes));
    }

    /** {@code numbers reserve}. */
    @Command(name = "reserve", mixinStandardHelpOptions = true,
        description = {"Browses and reserves numbers (held 15 minutes after the last change), after asking. "
            + "Give the NUMBERs to pick (from 'numbers browse'), or --quantity to take the first ones offered.",
            "Buy the reservation with: numbers buy --reservation ID."})
    static final class Reserve extends BaseCommand {
        @Parameters(index = "0", paramLabel = "CC", description = "Two-letter country code.")
        String country;

        @Parameters(index = "1..*", arity = "0..*", paramLabel = "NUMBER", description = "Numbers to reserve.")
        List<String> numbers;

        @Mixin
        Wanted wanted;

        @Option(names = "--prefix", paramLabel = "P", description = "Only numbers starting with P (repeatable).")
        List<String> prefixes;

        @Option(names = "--quantity", paramLabel = "N", defaultValue = "1",
            description = "Without NUMBERs: how many of the offered numbers to take (default 1).")
        int quantity;

        @Option(names = "--reservation-id", paramLabel = "ID", description = "Add to this reservation (default: "
            + "a new one).")
        String reservationId;

        @Override
        int execute() {
            List<AvailablePhoneNumber> offered = browse(this, country, wanted, prefixes).getPhoneNumbers();
            List<AvailablePhoneNumber> picked = new ArrayList<>();
            if (numbers != null && !numbers.isEmpty()) {
                for (String want : new LinkedHashSet<>(numbers)) {
                    picked.add(offered.stream().filter(n -> want.equals(n.getPhoneNumber())).findFirst()
                        .orElseThrow(() -> new UserError("NUMBER_NOT_AVAILABLE", want + " is not among the numbers "
                            + "offered now: run 'numbers browse' again and pick another one.")));
                }
            } else {
                if (quantity < 1) {
                    throw new UserError("USAGE", "--quantity must be at least 1.");
                }
                if (offered.size() < quantity) {
                    throw new UserError("OUT_OF_STOCK", "Only " + offered.size() + " matching numbers are offered "
                        + "now; ask for fewer or change the type, capabilities or prefix.");
                }
                picked.addAll(offered.subList(0, quantity));
            }
            String id = reservationId != null ? reservationId : UUID.randomUUID().toString();
            confirm("reserve " + picked.stream().map(AvailablePhoneNumber::getPhoneNumber)
                    .collect(Collectors.joining(", ")) + " in reservation " + id,
                "Reserving is free; buying the reservation later costs "
                    + picked.stream().map(n -> Output.cost(n.getCost())).distinct().collect(Collectors.joining(" / "))
                    + " per number.");
            PhoneNumbersReservation r = client(this).createOrUpdateReservation(id, picked, null);
            out().println("Reservation " + r.getId() + " holds " + String.join(", ", r.getPhoneNumbers().keySet()
                .stream().map(k -> r.getPhoneNumbers().get(k).getPhoneNumber()).collect(Collectors.toList()))
                + " until " + r.getExpiresAt() + ".");
            for (Map.Entry<String, AvailablePhoneNumber> f : r.getFailedPhoneNumbers().entrySet()) {
                AvailablePhoneNumber n = f.getValue();
                out().println("Not reserved: " + n.getPhoneNumber() + " ("
                    + (n.getError() == null ? "no reason given" : n.getError().getCode() + ": "
                    + n.getError().getMessage()) + ")");
            }
            out().println("Buy it with: acs-numbers numbers buy --reservation " + r.getId());
            return r.getFailedPhoneNumbers().isEmpty() ? 0 : AcsNumbers.ERROR;
        }
    }

    // ---------------------------------------------------------------- owned numbers

    /** {@code numbers list}. */
    @Command(name = "list", mixinStandardHelpOptions = true,
        description = "Every number the resource owns (fetched page by page).")
    static final class ListNumbers extends Listing {
        @Override
        int execute() {
            Output o = new Output("phoneNumber", "countryCode", "type", "assignment", "calling", "sms", "cost",
                "purchaseDate");
            for (PurchasedPhoneNumber n : client(this).listPurchasedPhoneNumbers()) {
                o.row(n.getPhoneNumber(), n.getCountryCode(), n.getPhoneNumberType(), n.getAssignmentType(),
                    n.getCapabilities() == null ? null : n.getCapabilities().getCalling(),
                    n.getCapabilities() == null ? null : n.getCapabilities().getSms(), Output.cost(n.getCost()),
                    n.getPurchaseDate());
            }
            o.print(out(), format);
            if (format == Output.Format.TABLE) {
                out().println(o.size() + " number(s).");
            }
            return 0;
        }
    }

    /** {@code numbers show}. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "One number the resource owns.")
    static final class Show extends Listing {
        @Parameters(index = "0", paramLabel = "NUMBER", description = "E.164, e.g. +14255550123.")
        String number;

        @Override
        int execute() {
            PurchasedPhoneNumber n = client(this).getPurchasedPhoneNumber(number);
            new Output("phoneNumber", "countryCode", "type", "assignment", "calling", "sms", "cost", "purchaseDate")
                .row(n.getPhoneNumber(), n.getCountryCode(), n.getPhoneNumberType(), n.getAssignmentType(),
                    n.getCapabilities() == null ? null : n.getCapabilities().getCalling(),
                    n.getCapabilities() == null ? null : n.getCapabilities().getSms(), Output.cost(n.getCost()),
                    n.getPurchaseDate())
                .print(out(), format);
            return 0;
        }
    }

    /** Numbers given as arguments or in a file, and the concurrency of the bulk run. */
    abstract static class ManyNumbers extends BaseCommand {
        @Parameters(arity = "0..*", paramLabel = "NUMBER", description = "Numbers in E.164 form.")
        List<String> numbers;

        @Option(names = "--from-file", paramLabel = "F", description = "Read the numbers from F: one per line, or "
            + "the CSV of 'numbers list --format csv' (first column); blank lines and # comments are skipped.")
        Path fromFile;

        @Option(names = "--concurrency", paramLabel = "N", defaultValue = "8",
            description = "At most N operations at once (1-256, default 8).")
        int concurrency;

        List<String> allNumbers() {
            LinkedHashSet<String> all = new LinkedHashSet<>();
            if (numbers != null) {
                numbers.forEach(n -> all.add(n.trim()));
            }
            if (fromFile != null) {
                all.addAll(readNumbers(fromFile));
            }
            if (all.isEmpty()) {
                throw new UserError("USAGE", "Give the numbers as arguments or with --from-file.");
            }
            if (concurrency < 1 || concurrency > 256) {
                throw new UserError("USAGE", "--concurrency must be from 1 to 256.");
            }
            return new ArrayList<>(all);
        }

        int runBulk(List<String> all, String verb, java.util.function.Function<String, String> work)
            throws InterruptedException {
            List<Bulk.Result> results = Bulk.run(all, concurrency, verb, work, err(), root().terminal().progressBars());
            return Bulk.summarize(results, verb, out());
        }
    }

    static List<String> readNumbers(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserError("BAD_FILE", file + " does not exist.");
        } catch (IOException e) {
            throw new UserError("BAD_FILE", file + " cannot be read as UTF-8 text (" + e.getClass().getSimpleName()
                + ").");
        }
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String first = l.split(",", 2)[0].replace("\"", "").strip();
            if (first.equalsIgnoreCase("phoneNumber")) {
                continue; // the CSV header of 'numbers list --format csv'
            }
            out.add(first);
        }
        return out;
    }

    private static String preview(List<String> numbers) {
        return numbers.size() <= 5 ? String.join(", ", numbers)
            : String.join(", ", numbers.subList(0, 5)) + " and " + (numbers.size() - 5) + " more";
    }

    /** {@code numbers update}. */
    @Command(name = "update", mixinStandardHelpOptions = true,
        description = "Changes the calling and/or SMS capabilities of one or many numbers, after asking.")
    static final class Update extends ManyNumbers {
        @Option(names = "--calling", paramLabel = "C", converter = CapabilityConverter.class,
            description = "none, inbound, outbound or inbound+outbound (default: keep).")
        PhoneNumberCapabilityType calling;

        @Option(names = "--sms", paramLabel = "S", converter = CapabilityConverter.class,
            description = "none, inbound, outbound or inbound+outbound (default: keep).")
        PhoneNumberCapabilityType sms;

        @Override
        int execute() throws InterruptedException {
            if (calling == null && sms == null) {
                throw new UserError("USAGE", "Give --calling and/or --sms.");
            }
            List<String> all = allNumbers();
            confirm("change " + all.size() + " number(s) (" + preview(all) + ") to calling "
                + (calling == null ? "(kept)" : calling) + ", sms " + (sms == null ? "(kept)" : sms), null);
            PhoneNumbersClient client = client(this);
            return runBulk(all, "updated", n -> {
                PurchasedPhoneNumber p = client.beginUpdatePhoneNumberCapabilities(n, calling, sms).getFinalResult();
                return p == null || p.getCapabilities() == null ? null : "calling " + p.getCapabilities().getCalling()
                    + ", sms " + p.getCapabilities().getSms();
            });
        }
    }

    /** {@code numbers release}. */
    @Command(name = "release", mixinStandardHelpOptions = true,
        description = "Releases one or many numbers (they stop working and cannot be got back), after asking.")
    static final class Release extends ManyNumbers {
        @Override
        int execute() throws InterruptedException {
            List<String> all = allNumbers();
            confirm("release " + all.size() + " number(s) (" + preview(all) + ")",
                "Released numbers stop working at once and may not be bought back.");
            PhoneNumbersClient client = client(this);
            return runBulk(all, "released", n -> {
                client.beginReleasePhoneNumber(n).getFinalResult();
                return null;
            });
        }
    }
}
