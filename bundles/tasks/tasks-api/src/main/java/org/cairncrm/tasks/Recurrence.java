package org.cairncrm.tasks;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.cairncrm.platform.api.error.ValidationException;

/**
 * A recurrence rule as RFC 5545 writes it ({@code FREQ=MONTHLY;BYMONTHDAY=31}), on whole days: {@code FREQ} DAILY,
 * WEEKLY, MONTHLY or YEARLY, {@code INTERVAL}, {@code BYDAY} (weekly: MO,TU...; monthly: 1MO, -1FR),
 * {@code BYMONTHDAY} (also negative: -1 the last day), {@code COUNT} and {@code UNTIL} (YYYYMMDD). As in RFC 5545,
 * a date that does not exist is skipped, not moved: {@code BYMONTHDAY=31} has no February occurrence; use
 * {@code BYMONTHDAY=-1} for every month's last day. Tasks that recur keep their time of day in local time, so that
 * a change to or from summer time does not move them.
 */
public final class Recurrence {

    public enum Frequency { DAILY, WEEKLY, MONTHLY, YEARLY }

    private static final int MAX_SEARCH = 10_000;

    private final String text;
    private final Frequency frequency;
    private final int interval;
    private final Set<DayOfWeek> weekDays;
    /** monthly BYDAY with an ordinal: 1MO, -1FR; as (ordinal, day) */
    private final List<int[]> ordinalDays;
    private final List<Integer> monthDays;
    private final Integer count;
    private final LocalDate until;

    private Recurrence(String text, Frequency frequency, int interval, Set<DayOfWeek> weekDays,
                       List<int[]> ordinalDays, List<Integer> monthDays, Integer count, LocalDate until) {
        this.text = text;
        this.frequency = frequency;
        this.interval = interval;
        this.weekDays = weekDays;
        this.ordinalDays = ordinalDays;
        this.monthDays = monthDays;
        this.count = count;
        this.until = until;
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
        Frequency frequency = null;
        int interval = 1;
        Set<DayOfWeek> weekDays = EnumSet.noneOf(DayOfWeek.class);
        List<int[]> ordinalDays = new ArrayList<>();
        List<Integer> monthDays = new ArrayList<>();
        Integer count = null;
        LocalDate until = null;
        for (String part : text.split(";")) {
            String[] kv = part.split("=", 2);
            if (kv.length != 2 || kv[1].isBlank()) {
                throw ValidationException.of(field, "'" + part + "' is not NAME=VALUE");
            }
            String value = kv[1];
            try {
                switch (kv[0]) {
                    case "FREQ" -> frequency = Frequency.valueOf(value);
                    case "INTERVAL" -> interval = Integer.parseInt(value);
                    case "COUNT" -> count = Integer.parseInt(value);
                    case "UNTIL" -> until = LocalDate.parse(value.substring(0, 4) + "-" + value.substring(4, 6) + "-"
                            + value.substring(6, 8));
                    case "BYMONTHDAY" -> {
                        for (String d : value.split(",")) {
                            int day = Integer.parseInt(d);
                            if (day == 0 || day < -31 || day > 31) {
                                throw ValidationException.of(field, "BYMONTHDAY must be 1 to 31 or -1 to -31");
                            }
                            monthDays.add(day);
                        }
                    }
                    case "BYDAY" -> {
                        for (String d : value.split(",")) {
                            String code = d.substring(d.length() - 2);
                            String ordinal = d.substring(0, d.length() - 2);
                            DayOfWeek day = day(code, field);
                            if (ordinal.isEmpty()) {
                                weekDays.add(day);
                            } else {
                                int n = Integer.parseInt(ordinal);
                                if (n == 0 || n < -5 || n > 5) {
                                    throw ValidationException.of(field, "BYDAY ordinals are 1 to 5 or -1 to -5");
                                }
                                ordinalDays.add(new int[] {n, day.getValue()});
                            }
                        }
                    }
                    case "WKST" -> day(value, field);
                    default -> throw ValidationException.of(field, "'" + kv[0] + "' is not supported; use FREQ, "
                            + "INTERVAL, BYDAY, BYMONTHDAY, COUNT, UNTIL");
                }
            } catch (NumberFormatException | StringIndexOutOfBoundsException | DateTimeParseException e) {
                throw ValidationException.of(field, "'" + part + "' has a wrong value");
            } catch (IllegalArgumentException e) {
                throw ValidationException.of(field, "FREQ must be DAILY, WEEKLY, MONTHLY or YEARLY");
            }
        }
        if (frequency == null) {
            throw ValidationException.of(field, "FREQ is required: DAILY, WEEKLY, MONTHLY or YEARLY");
        }
        if (interval < 1 || interval > 1000) {
            throw ValidationException.of(field, "INTERVAL must be 1 to 1000");
        }
        if (count != null && count < 1) {
            throw ValidationException.of(field, "COUNT must be at least 1");
        }
        if (count != null && until != null) {
            throw ValidationException.of(field, "COUNT and UNTIL may not both be given");
        }
        if (!ordinalDays.isEmpty() && frequency != Frequency.MONTHLY && frequency != Frequency.YEARLY) {
            throw ValidationException.of(field, "BYDAY with an ordinal (1MO) needs FREQ=MONTHLY or YEARLY");
        }
        return new Recurrence(text, frequency, interval, weekDays, ordinalDays, monthDays, count, until);
    }

    private static DayOfWeek day(String code, String field) {
        return switch (code) {
            case "MO" -> DayOfWeek.MONDAY;
            case "TU" -> DayOfWeek.TUESDAY;
            case "WE" -> DayOfWeek.WEDNESDAY;
            case "TH" -> DayOfWeek.THURSDAY;
            case "FR" -> DayOfWeek.FRIDAY;
            case "SA" -> DayOfWeek.SATURDAY;
            case "SU" -> DayOfWeek.SUNDAY;
            default -> throw ValidationException.of(field, "'" + code + "' is no day: MO, TU, WE, TH, FR, SA, SU");
        };
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
        int searched = 0;
        long period = periodIndex(start, previous);
        while (searched++ < MAX_SEARCH) {
            for (LocalDate candidate : candidates(start, period)) {
                if (candidate.isAfter(previous)) {
                    if (until != null && candidate.isAfter(until)) {
                        return Optional.empty();
                    }
                    return Optional.of(candidate);
                }
            }
            period += interval;
        }
        return Optional.empty();
    }

    /** The number of whole periods (days, weeks, months, years) from the start's period to the date's, rounded down
     * to a multiple of the interval. */
    private long periodIndex(LocalDate start, LocalDate date) {
        long periods = switch (frequency) {
            case DAILY -> java.time.temporal.ChronoUnit.DAYS.between(start, date);
            case WEEKLY -> java.time.temporal.ChronoUnit.WEEKS.between(monday(start), monday(date));
            case MONTHLY -> java.time.temporal.ChronoUnit.MONTHS.between(YearMonth.from(start), YearMonth.from(date));
            case YEARLY -> date.getYear() - start.getYear();
        };
        return periods - Math.floorMod(periods, interval);
    }

    private static LocalDate monday(LocalDate date) {
        return date.minusDays(date.getDayOfWeek().getValue() - 1L);
    }

    /** The dates of the {@code index}-th period of the series, in order. */
    private TreeSet<LocalDate> candidates(LocalDate start, long index) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        switch (frequency) {
            case DAILY -> dates.add(start.plusDays(index));
            case WEEKLY -> {
                LocalDate monday = monday(start).plusWeeks(index);
                if (weekDays.isEmpty()) {
                    dates.add(monday.plusDays(start.getDayOfWeek().getValue() - 1L));
                } else {
                    weekDays.forEach(d -> dates.add(monday.plusDays(d.getValue() - 1L)));
                }
            }
            case MONTHLY -> monthDates(YearMonth.from(start).plusMonths(index), start, dates);
            case YEARLY -> {
                YearMonth same = YearMonth.of(start.getYear() + (int) index, start.getMonth());
                monthDates(same, start, dates);
            }
        }
        dates.removeIf(d -> d.isBefore(start));
        return dates;
    }

    private void monthDates(YearMonth month, LocalDate start, Set<LocalDate> dates) {
        if (monthDays.isEmpty() && ordinalDays.isEmpty() && weekDays.isEmpty()) {
            // the start's day of the month; a month without it has no occurrence (RFC 5545)
            if (start.getDayOfMonth() <= month.lengthOfMonth()) {
                dates.add(month.atDay(start.getDayOfMonth()));
            }
            return;
        }
        for (int day : monthDays) {
            int d = day > 0 ? day : month.lengthOfMonth() + day + 1;
            if (d >= 1 && d <= month.lengthOfMonth()) {
                dates.add(month.atDay(d));
            }
        }
        for (int[] od : ordinalDays) {
            DayOfWeek dow = DayOfWeek.of(od[1]);
            List<LocalDate> all = new ArrayList<>();
            for (int d = 1; d <= month.lengthOfMonth(); d++) {
                if (month.atDay(d).getDayOfWeek() == dow) {
                    all.add(month.atDay(d));
                }
            }
            int i = od[0] > 0 ? od[0] - 1 : all.size() + od[0];
            if (i >= 0 && i < all.size()) {
                dates.add(all.get(i));
            }
        }
        for (DayOfWeek dow : weekDays) {
            for (int d = 1; d <= month.lengthOfMonth(); d++) {
                if (month.atDay(d).getDayOfWeek() == dow) {
                    dates.add(month.atDay(d));
                }
            }
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
