package org.functions4j.runtime.host;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses .NET TimeSpan text as host.json uses it: {@code [d.]hh:mm:ss[.fffffff]}, e.g. {@code 00:05:00},
 * up to .NET's {@code TimeSpan.MaxValue}; and writes durations the same way for messages.
 */
final class TimeSpan {
    /** .NET's {@code TimeSpan.MaxValue}, 10675199.02:48:05.4775807 (long ticks of 100 ns). */
    static final Duration MAX = Duration.ofSeconds(Long.MAX_VALUE / 10_000_000L, (Long.MAX_VALUE % 10_000_000L) * 100);
    private static final Pattern FORMAT =
            Pattern.compile("(?:(\\d{1,8})\\.)?(\\d{1,2}):(\\d{2}):(\\d{2})(?:\\.(\\d{1,7}))?");

    private TimeSpan() {
    }

    /**
     * The duration, or null when the text is not a TimeSpan with hours below 24 and minutes and
     * seconds below 60, or is beyond {@link #MAX}.
     */
    static Duration parse(String text) {
        Matcher m = FORMAT.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        long days = m.group(1) == null ? 0 : Long.parseLong(m.group(1)); // at most 8 digits: no overflow
        int hours = Integer.parseInt(m.group(2));
        int minutes = Integer.parseInt(m.group(3));
        int seconds = Integer.parseInt(m.group(4));
        if (hours > 23 || minutes > 59 || seconds > 59) {
            return null;
        }
        long nanos = m.group(5) == null ? 0 : Long.parseLong((m.group(5) + "000000000").substring(0, 9));
        Duration duration = Duration.ofDays(days).plusHours(hours).plusMinutes(minutes).plusSeconds(seconds)
                .plusNanos(nanos);
        return duration.compareTo(MAX) > 0 ? null : duration;
    }

    /** The duration as TimeSpan text, e.g. {@code 1.02:03:04.5}. */
    static String format(Duration duration) {
        long seconds = duration.getSeconds();
        String text = String.format("%02d:%02d:%02d", seconds / 3600 % 24, seconds / 60 % 60, seconds % 60);
        if (seconds >= 86_400) {
            text = seconds / 86_400 + "." + text;
        }
        if (duration.getNano() > 0) {
            String fraction = String.format("%09d", duration.getNano()).substring(0, 7).replaceAll("0+$", "");
            text = fraction.isEmpty() ? text : text + "." + fraction;
        }
        return text;
    }
}
