package org.functions4j.runtime.route;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code datetime}: a date or date-time in invariant culture: ISO 8601 ({@code 2024-01-31},
 * {@code 2024-01-31T10:15:30}, with an optional offset or {@code Z}; a space may replace the
 * {@code T}) or {@code M/d/yyyy} with an optional {@code H:mm[:ss]} time.
 */
final class DateTimeConstraint implements RouteConstraint {
    static final DateTimeConstraint INSTANCE = new DateTimeConstraint();

    // A cheap shape check first, so values that are clearly not dates never reach the parsers.
    private static final Pattern SHAPE = Pattern.compile("\\d{1,4}[-/]\\d{1,2}[-/]\\d{1,4}([ T].*)?");
    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ISO_OFFSET_DATE_TIME,
            DateTimeFormatter.ofPattern("M/d/uuuu"),
            DateTimeFormatter.ofPattern("M/d/uuuu H:mm[:ss]"));

    @Override
    public boolean accepts(String value) {
        String s = value.strip();
        if (!SHAPE.matcher(s).matches()) {
            return false;
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
            format.parseBest(text, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
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
