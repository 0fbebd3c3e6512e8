package org.cairncrm.platform.api.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cairncrm.platform.api.error.ValidationException;
import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRule;
import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;

/**
 * A recurrence rule as RFC 5545 writes it ({@code FREQ=MONTHLY;BYMONTHDAY=31}), on whole days, read and expanded by
 * dmfs lib-recur: {@code FREQ} DAILY, WEEKLY, MONTHLY or YEARLY with every part of the RFC that works on days
 * ({@code INTERVAL}, {@code BYDAY} with ordinals such as {@code 1MO} or {@code -1FR}, {@code BYMONTHDAY} (negative:
 * from the month's end), {@code BYMONTH}, {@code BYYEARDAY}, {@code BYWEEKNO}, {@code BYSETPOS}, {@code WKST},
 * {@code COUNT}, {@code UNTIL}). As in RFC 5545, a date that does not exist is skipped, not moved:
 * {@code BYMONTHDAY=31} has no February occurrence; {@code BYMONTHDAY=-1} is every month's last day. A time of day
 * kept beside the dates stays the same local time across a change to or from summer time.
 */
public final class Recurrence {

    /** How often a series recurs. */
    public enum Frequency { DAILY, WEEKLY, MONTHLY, YEARLY }

    /** Occurrences looked at for one answer at most: a rule whose dates never come (30 February) ends there. */
    private static final int MAX_SEARCH = 100_000;
    private static final int MAX_INTERVAL = 1000;
    private static final Pattern COUNT = Pattern.compile("(^|;)COUNT=([^;]*)");
    private static final Pattern UNTIL_WITH_TIME = Pattern.compile("(^|;)UNTIL=(\\d{8})T[0-9Z]*");
    private static final java.util.Set<String> PARTS = java.util.Set.of("FREQ", "INTERVAL", "COUNT", "UNTIL",
            "BYDAY", "BYMONTHDAY", "BYMONTH", "BYYEARDAY", "BYWEEKNO", "BYSETPOS", "WKST", "BYHOUR", "BYMINUTE",
            "BYSECOND");
    private static final Pattern TIME_PARTS = Pattern.compile("(^|;)(BYHOUR|BYMINUTE|BYSECOND)=");

    private final String text;
    private final Frequency frequency;
    private final Integer count;
    /** The rule without its COUNT, which {@link #after} counts itself: a series may have been moved by hand. */
    private final RecurrenceRule endless;

    private Recurrence(String text, Frequency frequency, Integer count, RecurrenceRule endless) {
        this.text = text;
        this.frequency = frequency;
        this.count = count;
        this.endless = endless;
    }

    /** Reads a rule; a wrong one is a {@link ValidationException} on {@code field} naming what is wrong. */
    public static Recurrence parse(String rule, String field) {
        if (rule == null || rule.isBlank()) {
            throw ValidationException.of(field, "is empty");
        }
        String text = rule.strip().toUpperCase(Locale.ROOT);
        if (text.startsWith("RRULE:")) {
            text = text.substring(6);
        }
        if (text.length() > 1000) {
            throw ValidationException.of(field, "is longer than 1000 characters");
        }
        for (String part : text.split(";", -1)) {
            String name = part.contains("=") ? part.substring(0, part.indexOf('=')) : part;
            if (!PARTS.contains(name) || part.length() == name.length() + 1 || !part.contains("=")) {
                throw ValidationException.of(field, "'" + part + "' is not a part of an RFC 5545 rule: NAME=VALUE, "
                        + "with FREQ, INTERVAL, COUNT, UNTIL, BYDAY, BYMONTHDAY, BYMONTH, BYYEARDAY, BYWEEKNO, "
                        + "BYSETPOS or WKST");
            }
        }
        if (!(";" + text).contains(";FREQ=")) {
            throw ValidationException.of(field, "FREQ is required: DAILY, WEEKLY, MONTHLY or YEARLY");
        }
        if (TIME_PARTS.matcher(text).find()) {
            throw ValidationException.of(field, "BYHOUR, BYMINUTE and BYSECOND are not used: the series recurs on "
                    + "whole days, at the time of day of its first occurrence");
        }
        Integer count = null;
        Matcher countPart = COUNT.matcher(text);
        if (countPart.find()) {
            try {
                count = Integer.parseInt(countPart.group(2));
            } catch (NumberFormatException e) {
                throw ValidationException.of(field, "COUNT must be a whole number");
            }
            if (count < 1) {
                throw ValidationException.of(field, "COUNT must be at least 1");
            }
        }
        if (count != null && (";" + text).contains(";UNTIL=")) {
            throw ValidationException.of(field, "COUNT and UNTIL may not both be given");
        }
        // the series is of whole days: an UNTIL with a time of day ends it on that day
        String days = UNTIL_WITH_TIME.matcher(text).replaceAll("$1UNTIL=$2");
        RecurrenceRule parsed = read(COUNT.matcher(days).replaceAll("").replaceFirst("^;", ""), field);
        Frequency frequency = switch (parsed.getFreq()) {
            case DAILY -> Frequency.DAILY;
            case WEEKLY -> Frequency.WEEKLY;
            case MONTHLY -> Frequency.MONTHLY;
            case YEARLY -> Frequency.YEARLY;
            default -> throw ValidationException.of(field, "FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY: the "
                    + "series recurs on whole days");
        };
        if (frequency == Frequency.MONTHLY && parsed.getByDayPart() != null
                && parsed.getByDayPart().stream().anyMatch(day -> Math.abs(day.pos) > 5)) {
            throw ValidationException.of(field, "BYDAY ordinals of a monthly rule are 1 to 5 or -1 to -5: a month "
                    + "has at most five of each weekday");
        }
        if (parsed.getInterval() < 1 || parsed.getInterval() > MAX_INTERVAL) {
            throw ValidationException.of(field, "INTERVAL must be 1 to " + MAX_INTERVAL);
        }
        return new Recurrence(text, frequency, count, parsed);
    }

    private static RecurrenceRule read(String text, String field) {
        try {
            return new RecurrenceRule(text, RecurrenceRule.RfcMode.RFC5545_STRICT);
        } catch (InvalidRecurrenceRuleException | RuntimeException wrong) {
            String reason = wrong.getMessage() == null ? "" : ": " + wrong.getMessage();
            throw ValidationException.of(field, "is not a valid RFC 5545 rule" + reason);
        }
    }

    /** The rule as written, upper case, without {@code RRULE:}. */
    public String text() {
        return text;
    }

    public Frequency frequency() {
        return frequency;
    }

    /**
     * The first {@code limit} occurrences of a series starting on {@code start} (which counts as the first, as
     * RFC 5545's DTSTART does), within COUNT and UNTIL.
     */
    public List<LocalDate> occurrences(LocalDate start, int limit) {
        List<LocalDate> dates = new ArrayList<>();
        dates.add(start);
        LocalDate last = start;
        while (dates.size() < limit) {
            Optional<LocalDate> next = after(start, last, dates.size());
            if (next.isEmpty()) {
                break;
            }
            dates.add(next.get());
            last = next.get();
        }
        return dates;
    }

    /**
     * The occurrence after {@code previous} in the series that began on {@code start}, of which {@code done}
     * occurrences have been made; empty when COUNT or UNTIL ends the series.
     */
    public Optional<LocalDate> after(LocalDate start, LocalDate previous, int done) {
        if (count != null && done >= count) {
            return Optional.empty();
        }
        try {
            RecurrenceRuleIterator dates = endless.iterator(day(start));
            LocalDate from = previous.plusDays(1);
            if (from.isAfter(start)) {
                dates.fastForward(day(from));
            }
            for (int looked = 0; looked < MAX_SEARCH && dates.hasNext(); looked++) {
                DateTime next = dates.nextDateTime();
                LocalDate date = LocalDate.of(next.getYear(), next.getMonth() + 1, next.getDayOfMonth());
                if (date.isAfter(previous)) {
                    return Optional.of(date);
                }
            }
            return Optional.empty();
        } catch (IllegalArgumentException noMoreDates) {
            // lib-recur gives up on a rule whose dates do not come (30 February): the series has ended
            return Optional.empty();
        }
    }

    /** A whole day as lib-recur writes it (months from 0). */
    private static DateTime day(LocalDate date) {
        return new DateTime(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
    }

    @Override
    public String toString() {
        return text;
    }
}
