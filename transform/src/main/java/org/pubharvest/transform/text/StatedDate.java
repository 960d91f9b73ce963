package org.pubharvest.transform.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as a page states it, read into a year and, when the page gives one, a full day.
 * Understands "2021/10/26", "2021-10-26", "2021-10-26T08:00:00Z", "October 26, 2021",
 * "Oct. 26, 2021", "June  1, 2026", "26 October 2021", "12th March 2022", "October 2021", "2021/10"
 * and "2021".
 *
 * @param year the year
 * @param day  the full date, or null when only a year (or month) is known
 */
public record StatedDate(int year, LocalDate day) {

    private static final Pattern ISO = Pattern.compile("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:\\b|T).*");
    private static final Pattern YEAR_MONTH = Pattern.compile("^(\\d{4})[-/](\\d{1,2})$");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("^([A-Za-z]+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})$");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("^(\\d{1,2})\\s+([A-Za-z]+)\\.?,?\\s+(\\d{4})$");
    private static final Pattern MONTH_YEAR = Pattern.compile("^([A-Za-z]+)\\.?,?\\s+(\\d{4})$");
    private static final Pattern ORDINAL_DAY = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)\\b");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+");
    private static final Pattern TIME_OF_DAY = Pattern.compile("(?i)(?<=\\d{4}),?\\s+(?:at\\s+)?\\d{1,2}:\\d{2}.*$");
    private static final Pattern NUMERIC_DAY_MONTH_YEAR = Pattern.compile("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})$");
    private static final Pattern YEAR_ONLY = Pattern.compile("^(\\d{4})$");
    private static final Pattern ANY_YEAR = Pattern.compile("(?<!\\d)(19[5-9]\\d|20\\d\\d)(?!\\d)");
    private static final Pattern SHORT_YEAR = Pattern.compile("['\u2019](\\d{2})(?!\\d)");
    private static final Map<String, Month> MONTHS = monthNames();

    public static Optional<StatedDate> parse(String stated) {
        String cleaned = Text.clean(stated);
        if (cleaned == null) {
            return Optional.empty();
        }
        // "12th March 2022", "March 12th, 2022": the suffix says nothing the number does not; nor does
        // a weekday before the date or a time after it ("Tuesday, October 26, 2021 08:00 AM").
        String text = ORDINAL_DAY.matcher(cleaned).replaceAll("$1");
        text = WEEKDAY.matcher(text).replaceFirst("");
        text = TIME_OF_DAY.matcher(text).replaceFirst("");
        try {
            Matcher m;
            if ((m = ISO.matcher(text)).matches()) {
                return Optional.of(day(m.group(1), month(m.group(2)), m.group(3)));
            }
            if ((m = YEAR_MONTH.matcher(text)).matches()) {
                return yearOnly(m.group(1));
            }
            if ((m = MONTH_DAY_YEAR.matcher(text)).matches() && MONTHS.containsKey(lower(m.group(1)))) {
                return Optional.of(day(m.group(3), MONTHS.get(lower(m.group(1))), m.group(2)));
            }
            if ((m = DAY_MONTH_YEAR.matcher(text)).matches() && MONTHS.containsKey(lower(m.group(2)))) {
                return Optional.of(day(m.group(3), MONTHS.get(lower(m.group(2))), m.group(1)));
            }
            if ((m = MONTH_YEAR.matcher(text)).matches() && MONTHS.containsKey(lower(m.group(1)))) {
                return yearOnly(m.group(2));
            }
            if ((m = YEAR_ONLY.matcher(text)).matches()) {
                return yearOnly(m.group(1));
            }
            if ((m = NUMERIC_DAY_MONTH_YEAR.matcher(text)).matches()) {
                return numericDay(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A year named inside free text, as in "SOSP 2021" or "SOSP '21"; empty if none. */
    public static Optional<Integer> yearIn(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher full = ANY_YEAR.matcher(text);
        if (full.find()) {
            return Optional.of(Integer.parseInt(full.group(1)));
        }
        Matcher two = SHORT_YEAR.matcher(text);
        if (two.find()) {
            // '99 is 1999 and '21 is 2021: research venues with a two-digit year are 1950-2049.
            int shortYear = Integer.parseInt(two.group(1));
            return Optional.of(shortYear >= 50 ? 1900 + shortYear : 2000 + shortYear);
        }
        return Optional.empty();
    }

    /**
     * "26/10/2021" is the 26th of October and "10/26/2021" too: a number over 12 can only be the day.
     * "05/06/2021" could be either, so it gives its year alone rather than a day that may be wrong.
     */
    private static Optional<StatedDate> numericDay(int first, int second, String year) {
        if (first > 12 && second <= 12) {
            return Optional.of(day(year, Month.of(second), String.valueOf(first)));
        }
        if (second > 12 && first <= 12) {
            return Optional.of(day(year, Month.of(first), String.valueOf(second)));
        }
        if (first == second && first <= 12) {
            return Optional.of(day(year, Month.of(first), String.valueOf(second)));
        }
        return first <= 12 && second <= 12 ? yearOnly(year) : Optional.empty();
    }

    private static StatedDate day(String year, Month month, String day) {
        return new StatedDate(Integer.parseInt(year), LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
    }

    private static Optional<StatedDate> yearOnly(String year) {
        return Optional.of(new StatedDate(Integer.parseInt(year), null));
    }

    private static Month month(String number) {
        return Month.of(Integer.parseInt(number));
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    private static Map<String, Month> monthNames() {
        Map<String, Month> names = new HashMap<>();
        for (Month month : Month.values()) {
            names.put(lower(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH)), month);
            names.put(lower(month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)), month);
        }
        names.put("sept", Month.SEPTEMBER);
        return Map.copyOf(names);
    }
}
