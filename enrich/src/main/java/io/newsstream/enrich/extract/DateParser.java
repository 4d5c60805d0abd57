package io.newsstream.enrich.extract;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates pages write into metadata and {@code <time>} elements: ISO 8601 and its loose variants (also with
 * dots or slashes, year first), RFC 1123,
 * English month names, day-first numeric dates and epoch numbers, with offsets or zone abbreviations. A day without a
 * time becomes noon UTC (the same calendar day in every zone within twelve hours); a time without a zone is read as
 * UTC.
 */
final class DateParser {

    private static final String ZONE = "(Z|UTC|GMT|[A-Z]{2,5}|[+-]\\d{1,2}(?::?\\d{2})?)";
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})([-./])(\\d{1,2})\\2(\\d{1,2})"
                    + "(?:[T\\s]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(?:(?:UTC|GMT)?" + ZONE + ")?)?");
    private static final Pattern COMPACT = Pattern.compile(
            "(\\d{4})(\\d{2})(\\d{2})(?:T?(\\d{2})(\\d{2})(\\d{2})?)?(Z)?");
    /** A time after a date: "15:47", "3:47:10 PM EDT", "at 9.30 am". */
    private static final String TIME = "(?:,?\\s+(?:at\\s+)?(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?\\s*"
            + "([AaPp]\\.?[Mm]\\.?)?\\s*" + ZONE + "?)?";
    private static final Pattern EPOCH = Pattern.compile("\\d{10}|\\d{13}");
    /** "Fri, 03 May 2024 15:47:42 GMT", "3 May 2024", "May 3, 2024 3:47 PM EDT", "Published 3rd May 2024". */
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})" + TIME);
    private static final Pattern MONTH_DAY = Pattern.compile(
            "([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME);
    /** Day first, as Europe writes it: "03.05.2024", "3.5.2024, 15:47". */
    private static final Pattern DOTTED = Pattern.compile(
            "(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?:,?\\s+(?:um\\s+)?(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?)?");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));
    /** The abbreviations news pages print; ambiguous ones (IST, CST) take their most common news meaning. */
    private static final Map<String, String> ZONES = Map.ofEntries(
            Map.entry("Z", "+00:00"), Map.entry("UTC", "+00:00"), Map.entry("GMT", "+00:00"),
            Map.entry("UT", "+00:00"), Map.entry("BST", "+01:00"), Map.entry("CET", "+01:00"),
            Map.entry("MEZ", "+01:00"), Map.entry("CEST", "+02:00"), Map.entry("MESZ", "+02:00"),
            Map.entry("EET", "+02:00"), Map.entry("EEST", "+03:00"), Map.entry("MSK", "+03:00"),
            Map.entry("SAST", "+02:00"), Map.entry("IST", "+05:30"), Map.entry("JST", "+09:00"),
            Map.entry("KST", "+09:00"), Map.entry("AEST", "+10:00"), Map.entry("AEDT", "+11:00"),
            Map.entry("EST", "-05:00"), Map.entry("EDT", "-04:00"), Map.entry("CST", "-06:00"),
            Map.entry("CDT", "-05:00"), Map.entry("MST", "-07:00"), Map.entry("MDT", "-06:00"),
            Map.entry("PST", "-08:00"), Map.entry("PDT", "-07:00"), Map.entry("ET", "-05:00"),
            Map.entry("PT", "-08:00"));
    private static final int FIRST_YEAR = 1990;
    private static final int LAST_YEAR = 2100;

    /** The instant {@code value} names, or null when it is not a date this reader knows. */
    static final int MAX_DATE_CHARS = 200;

    Instant parse(String value) {
        // A date is short; a long "date" (a <time> wrapped round a paragraph) is not worth the patterns' time.
        if (value == null || value.isBlank() || value.length() > MAX_DATE_CHARS) {
            return null;
        }
        String text = value.strip();
        try {
            if (EPOCH.matcher(text).matches()) {
                long number = Long.parseLong(text);
                return checked(text.length() == 13 ? Instant.ofEpochMilli(number) : Instant.ofEpochSecond(number));
            }
            Matcher compact = COMPACT.matcher(text);
            if (compact.matches()) {
                return at(compact.group(1), compact.group(2), compact.group(3), compact.group(4), compact.group(5),
                        compact.group(6), null, compact.group(7));
            }
            Matcher iso = ISO.matcher(text);
            if (iso.find()) {
                return at(iso.group(1), iso.group(3), iso.group(4), iso.group(5), iso.group(6), iso.group(7), null,
                        iso.group(8));
            }
            Matcher dayMonth = DAY_MONTH.matcher(text);
            if (dayMonth.find() && month(dayMonth.group(2)) != null) {
                return at(dayMonth.group(3), month(dayMonth.group(2)), dayMonth.group(1), dayMonth.group(4),
                        dayMonth.group(5), dayMonth.group(6), dayMonth.group(7), dayMonth.group(8));
            }
            Matcher monthDay = MONTH_DAY.matcher(text);
            if (monthDay.find() && month(monthDay.group(1)) != null) {
                return at(monthDay.group(3), month(monthDay.group(1)), monthDay.group(2), monthDay.group(4),
                        monthDay.group(5), monthDay.group(6), monthDay.group(7), monthDay.group(8));
            }
            Matcher dotted = DOTTED.matcher(text);
            if (dotted.find()) {
                return at(dotted.group(3), dotted.group(2), dotted.group(1), dotted.group(4), dotted.group(5),
                        dotted.group(6), null, null);
            }
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static String month(String name) {
        if (name.length() < 3) {
            return null;
        }
        Integer month = MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT));
        return month == null ? null : month.toString();
    }

    private static Instant at(String year, String month, String day, String hour, String minute, String second,
            String half, String zone) {
        LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        if (hour == null) {
            return checked(date.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC));
        }
        int h = Integer.parseInt(hour);
        if (half != null) {
            boolean pm = Character.toLowerCase(half.charAt(0)) == 'p';
            h = h % 12 + (pm ? 12 : 0);
        }
        LocalDateTime time = date.atTime(h, Integer.parseInt(minute), second == null ? 0 : Integer.parseInt(second));
        return checked(time.toInstant(offset(zone)));
    }

    private static ZoneOffset offset(String zone) {
        if (zone == null) {
            return ZoneOffset.UTC;
        }
        String known = ZONES.get(zone.toUpperCase(Locale.ROOT));
        if (known != null) {
            return ZoneOffset.of(known);
        }
        if (zone.charAt(0) != '+' && zone.charAt(0) != '-') {
            return ZoneOffset.UTC;
        }
        String digits = zone.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.length() <= 2 ? digits : digits.substring(0, digits.length() - 2));
        int minutes = digits.length() <= 2 ? 0 : Integer.parseInt(digits.substring(digits.length() - 2));
        int sign = zone.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    private static Instant checked(Instant instant) {
        int year = instant.atOffset(ZoneOffset.UTC).getYear();
        return year < FIRST_YEAR || year > LAST_YEAR ? null : instant;
    }
}
