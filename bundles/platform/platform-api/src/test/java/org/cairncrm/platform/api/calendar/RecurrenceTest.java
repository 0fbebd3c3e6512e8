package org.cairncrm.platform.api.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

import org.cairncrm.platform.api.error.ValidationException;
import org.junit.jupiter.api.Test;

/** The dates recurrence rules give, checked against RFC 5545's own examples and the month ends. */
class RecurrenceTest {

    private static List<LocalDate> dates(String rule, String start, int n) {
        return Recurrence.parse(rule, "recurrence").occurrences(LocalDate.parse(start), n);
    }

    private static List<LocalDate> list(String... days) {
        return java.util.Arrays.stream(days).map(LocalDate::parse).toList();
    }

    @Test
    void monthlyOnThe31stSkipsTheShortMonthsAsRfc5545Says() {
        assertEquals(list("2026-01-31", "2026-03-31", "2026-05-31", "2026-07-31", "2026-08-31"),
                dates("FREQ=MONTHLY;BYMONTHDAY=31", "2026-01-31", 5));
        // without BYMONTHDAY the start's day is used, with the same rule
        assertEquals(list("2026-01-31", "2026-03-31", "2026-05-31"), dates("FREQ=MONTHLY", "2026-01-31", 3));
    }

    @Test
    void theLastDayOfEveryMonthIncludingALeapFebruary() {
        assertEquals(list("2028-01-31", "2028-02-29", "2028-03-31", "2028-04-30"),
                dates("FREQ=MONTHLY;BYMONTHDAY=-1", "2028-01-31", 4));
        assertEquals(list("2027-12-31", "2028-01-31", "2028-02-29"),
                dates("FREQ=MONTHLY;BYMONTHDAY=-1", "2027-12-31", 3));
    }

    @Test
    void yearlyOnTheLeapDayComesEveryFourYears() {
        assertEquals(list("2024-02-29", "2028-02-29", "2032-02-29"), dates("FREQ=YEARLY", "2024-02-29", 3));
    }

    @Test
    void weeklyOnChosenDaysAndEveryOtherWeek() {
        // a Monday start, Monday and Thursday
        assertEquals(list("2026-11-30", "2026-12-03", "2026-12-07", "2026-12-10"),
                dates("FREQ=WEEKLY;BYDAY=MO,TH", "2026-11-30", 4));
        assertEquals(list("2026-11-30", "2026-12-14", "2026-12-28", "2027-01-11"),
                dates("FREQ=WEEKLY;INTERVAL=2", "2026-11-30", 4));
    }

    @Test
    void monthlyOnTheLastFridayAndTheFirstMonday() {
        assertEquals(list("2026-01-30", "2026-02-27", "2026-03-27"), dates("FREQ=MONTHLY;BYDAY=-1FR", "2026-01-30", 3));
        assertEquals(list("2026-12-07", "2027-01-04", "2027-02-01"), dates("FREQ=MONTHLY;BYDAY=1MO", "2026-12-07", 3));
    }

    @Test
    void countAndUntilEndTheSeries() {
        assertEquals(3, dates("FREQ=DAILY;COUNT=3", "2026-12-30", 10).size());
        assertEquals(list("2026-12-30", "2026-12-31", "2027-01-01"), dates("FREQ=DAILY;UNTIL=20270101", "2026-12-30",
                10));
        Recurrence daily = Recurrence.parse("FREQ=DAILY;COUNT=2", "r");
        assertTrue(daily.after(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-01-02"), 2).isEmpty());
    }

    @Test
    void aWeeklyNineOClockStaysAtNineAcrossTheChangeToWinterTime() {
        ZoneId warsaw = ZoneId.of("Europe/Warsaw");
        List<LocalDate> days = dates("FREQ=WEEKLY", "2026-10-19", 3);
        List<ZonedDateTime> due = days.stream().map(d -> ZonedDateTime.of(d, LocalTime.of(9, 0), warsaw)).toList();
        // summer time before 25 October 2026, winter time after: 9:00 local both sides, an hour apart in UTC
        assertEquals(list("2026-10-19", "2026-10-26", "2026-11-02"), days);
        assertEquals("+02:00", due.get(0).getOffset().toString());
        assertEquals("+01:00", due.get(1).getOffset().toString());
        assertEquals(LocalTime.of(9, 0), due.get(1).toLocalTime());
        assertEquals(7 * 24 + 1, java.time.Duration.between(due.get(0), due.get(1)).toHours());
    }

    @Test
    void aWrongRuleNamesWhatIsWrong() {
        ValidationException wrong = assertThrows(ValidationException.class,
                () -> Recurrence.parse("FREQ=HOURLY", "recurrence"));
        assertEquals("recurrence", wrong.fieldErrors().get(0).field());
        assertTrue(wrong.fieldErrors().get(0).message().contains("DAILY"));
        assertThrows(ValidationException.class, () -> Recurrence.parse("INTERVAL=2", "r"));
        assertThrows(ValidationException.class, () -> Recurrence.parse("FREQ=DAILY;COUNT=2;UNTIL=20270101", "r"));
        assertThrows(ValidationException.class, () -> Recurrence.parse("FREQ=WEEKLY;BYDAY=XX", "r"));
        assertThrows(ValidationException.class, () -> Recurrence.parse("FREQ=MONTHLY;BYMONTHDAY=32", "r"));
        assertEquals("FREQ=WEEKLY;BYDAY=MO", Recurrence.parse("rrule:freq=weekly;byday=mo", "r").text());
    }

    @Test
    void theRfcsOwnExamplesOnDays() {
        // "Monthly on the first Friday for 10 occurrences" (RFC 5545, 3.8.5.3)
        assertEquals(list("1997-09-05", "1997-10-03", "1997-11-07", "1997-12-05", "1998-01-02", "1998-02-06",
                "1998-03-06", "1998-04-03", "1998-05-01", "1998-06-05"),
                dates("FREQ=MONTHLY;COUNT=10;BYDAY=1FR", "1997-09-05", 20));
        // "Every other week on Monday, Wednesday, and Friday until December 24, 1997, starting on Monday,
        // September 1, 1997": on whole days an UNTIL with a time of day takes in that whole day (the RFC's series
        // at 9:00 in New York ends on the 22nd, as 9:00 on the 24th is past midnight UTC)
        List<LocalDate> everyOther = dates("FREQ=WEEKLY;INTERVAL=2;UNTIL=19971224T000000Z;WKST=SU;BYDAY=MO,WE,FR",
                "1997-09-01", 100);
        assertEquals(list("1997-09-01", "1997-09-03", "1997-09-05", "1997-09-15", "1997-09-17"),
                everyOther.subList(0, 5));
        assertEquals(LocalDate.parse("1997-12-24"), everyOther.get(everyOther.size() - 1));
        assertEquals(26, everyOther.size());
        // "Yearly in June and July for 10 occurrences"
        assertEquals(list("1997-06-10", "1997-07-10", "1998-06-10", "1998-07-10"),
                dates("FREQ=YEARLY;BYMONTH=6,7", "1997-06-10", 4));
    }

    @Test
    void theLastWorkingDayOfEveryMonthWithBySetPos() {
        assertEquals(list("2026-01-30", "2026-02-27", "2026-03-31", "2026-04-30", "2026-05-29"),
                dates("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1", "2026-01-30", 5));
    }

    @Test
    void aRuleWhoseDatesNeverComeEndsTheSeriesInsteadOfHanging() {
        List<LocalDate> none = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                java.time.Duration.ofSeconds(20), () -> dates("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "2026-01-01", 3));
        assertEquals(list("2026-01-01"), none, "only the start, which counts as the first");
    }

    @Test
    void timesOfDayAndOtherMistakesAreNamed() {
        ValidationException hourly = assertThrows(ValidationException.class,
                () -> Recurrence.parse("FREQ=DAILY;BYHOUR=9", "recurrence"));
        assertTrue(hourly.fieldErrors().get(0).message().contains("whole days"));
        assertThrows(ValidationException.class, () -> Recurrence.parse("FREQ=DAILY;INTERVAL=0", "r"));
        assertThrows(ValidationException.class, () -> Recurrence.parse("FREQ=DAILY;COUNT=0", "r"));
        assertThrows(ValidationException.class, () -> Recurrence.parse("FREQ=DAILY;COUNT=x", "r"));
        assertThrows(ValidationException.class, () -> Recurrence.parse("FREQ=DAILY;UNTIL=2027", "r"));
        assertThrows(ValidationException.class, () -> Recurrence.parse("FREQ=MONTHLY;BYDAY=9MO", "r"));
        assertThrows(ValidationException.class, () -> Recurrence.parse("FREQ=DAILY;;", "r"));
        assertThrows(ValidationException.class, () -> Recurrence.parse("FREQ=WEEKLY;BYDAY=MO;FOO", "r"));
        assertThrows(ValidationException.class, () -> Recurrence.parse("FREQ=DAILY;" + "X".repeat(2000), "r"));
    }
}
