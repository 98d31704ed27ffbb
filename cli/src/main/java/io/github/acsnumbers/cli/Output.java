package io.github.acsnumbers.cli;

import com.google.gson.GsonBuilder;
import io.github.acsnumbers.phonenumbers.models.PhoneNumberCost;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Rows printed as an aligned table, CSV (RFC 4180) or JSON (an array of objects). */
final class Output {
    /** Output formats of listing commands. */
    enum Format { TABLE, CSV, JSON }

    private final List<String> columns;
    private final List<List<String>> rows = new ArrayList<>();

    Output(String... columns) {
        this.columns = List.of(columns);
    }

    Output row(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalStateException("row of " + values.length + " values for " + columns.size() + " columns");
        }
        List<String> r = new ArrayList<>();
        for (Object v : values) {
            r.add(v == null ? "" : v.toString());
        }
        rows.add(r);
        return this;
    }

    int size() {
        return rows.size();
    }

    void print(PrintWriter out, Format format) {
        switch (format) {
            case CSV:
                out.println(csvLine(columns));
                rows.forEach(r -> out.println(csvLine(r)));
                break;
            case JSON: {
                List<Map<String, String>> objects = new ArrayList<>();
                for (List<String> r : rows) {
                    Map<String, String> m = new LinkedHashMap<>();
                    for (int i = 0; i < columns.size(); i++) {
                        m.put(columns.get(i), r.get(i).isEmpty() ? null : r.get(i));
                    }
                    objects.add(m);
                }
                out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(objects));
                break;
            }
            default: {
                int[] width = new int[columns.size()];
                for (int i = 0; i < width.length; i++) {
                    width[i] = columns.get(i).length();
                    for (List<String> r : rows) {
                        width[i] = Math.max(width[i], r.get(i).length());
                    }
                }
                out.println(tableLine(columns, width));
                rows.forEach(r -> out.println(tableLine(r, width)));
                break;
            }
        }
        out.flush();
    }

    private static String tableLine(List<String> cells, int[] width) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            s.append(cells.get(i));
            if (i < cells.size() - 1) {
                s.append(" ".repeat(width[i] - cells.get(i).length() + 2));
            }
        }
        return s.toString().stripTrailing();
    }

    private static String csvLine(List<String> cells) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                s.append(',');
            }
            String c = cells.get(i);
            if (c.contains(",") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
                s.append('"').append(c.replace("\"", "\"\"")).append('"');
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }

    static String cost(PhoneNumberCost cost) {
        if (cost == null) {
            return "";
        }
        return String.format(Locale.ROOT, "%.2f %s%s", cost.getAmount(), cost.getCurrencyCode(),
            cost.getBillingFrequency() == null ? "" : " " + cost.getBillingFrequency());
    }
}
