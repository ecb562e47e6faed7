package org.functions4j.runtime.route;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code datetime}: what .NET's invariant culture parses as a date, a time or both, in the forms
 * ASP.NET's own constraint tests use: ISO 8601 ({@code 2024-01-31}, {@code 2009-05-12T11:45:00Z};
 * a space may replace the {@code T}), {@code M/d/yyyy}, {@code MMM d yyyy} and
 * {@code MMMM d yyyy} (English month names), each with an optional time, and a time alone:
 * {@code H:mm[:ss]} or {@code h:mm[:ss] AM|PM}.
 */
final class DateTimeConstraint implements RouteConstraint {
    static final DateTimeConstraint INSTANCE = new DateTimeConstraint();

    private static final List<DateTimeFormatter> FORMATS;

    static {
        List<DateTimeFormatter> formats = new ArrayList<>(List.of(DateTimeFormatter.ISO_LOCAL_DATE,
                DateTimeFormatter.ISO_LOCAL_DATE_TIME, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        for (String date : List.of("M/d/uuuu", "MMM d uuuu", "MMMM d uuuu", "")) {
            for (String time : List.of("", "H:mm[:ss]", "h:mm[:ss] a")) {
                String pattern = (date + " " + time).strip();
                if (!pattern.isEmpty()) {
                    formats.add(new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                            .toFormatter(Locale.US));
                }
            }
        }
        FORMATS = List.copyOf(formats);
    }

    @Override
    public boolean accepts(String value) {
        String s = value.strip();
        if (s.length() > 64 || s.chars().noneMatch(Character::isDigit)) {
            return false; // cheap: what is clearly not a date never reaches the parsers
        }
        String iso = s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
        for (DateTimeFormatter format : FORMATS) {
            if (parses(format, iso) || parses(format, s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean parses(DateTimeFormatter format, String text) {
        try {
            format.parseBest(text, OffsetDateTime::from, LocalDateTime::from, LocalDate::from, LocalTime::from);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    @Override
    public String text() {
        return "datetime";
    }

    @Override
    public List<String> samples() {
        return List.of("2024-01-31", "2024-01-31T10:15:30");
    }
}
