package org.cairncrm.console;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cairncrm.console.internal.Hooks;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.server.VaadinSession;

/**
 * Date fields as every form of the console has them: shown in the user's date format (setting
 * {@code ui.dateFormat}), read in that format and as ISO dates ({@code 2026-12-31}), weeks from Monday, month and
 * day names in the session's language. Text that is no date is never taken for an empty field:
 * {@link FieldErrors#check} before saving names it next to the field and the form saves nothing.
 *
 * <pre>{@code
 * DatePicker due = DateFields.date(TEXTS.get("task.targetDate"));
 * ...
 * try {
 *     FieldErrors.check(fields);
 *     ... save ...
 * } catch (ValidationException e) {
 *     FieldErrors.show(e, fields);
 * }
 * }</pre>
 */
public final class DateFields {

    private static final String ISO = "yyyy-MM-dd";

    private DateFields() {
    }

    /** A date field with the label, empty. */
    public static DatePicker date(String label) {
        return configure(new Picker(label));
    }

    /** A date field with the label and a first value. */
    public static DatePicker date(String label, LocalDate value) {
        DatePicker picker = date(label);
        picker.setValue(value);
        return picker;
    }

    /**
     * Whether the field holds typed text that is no date (its value is then empty, which the text is not). Only
     * fields made by {@link #date} can tell; others answer false.
     */
    public static boolean unreadable(Object field) {
        return field instanceof Picker picker && picker.unparsable();
    }

    /** What a date field holding text that is no date says next to it, naming the user's date format. */
    static String unreadableMessage() {
        return Hooks.text("date.unreadable").replace("{0}", Hooks.dateFormat());
    }

    private static DatePicker configure(DatePicker picker) {
        VaadinSession session = VaadinSession.getCurrent();
        Locale locale = session == null || session.getLocale() == null ? Locale.ENGLISH : session.getLocale();
        picker.setLocale(locale);
        String format = Hooks.dateFormat();
        String[] alsoRead = format.equals(ISO) ? new String[0] : new String[] {ISO};
        List<String> months = new ArrayList<>();
        for (Month month : Month.values()) {
            months.add(capitalized(month.getDisplayName(TextStyle.FULL_STANDALONE, locale), locale));
        }
        List<String> days = new ArrayList<>();
        List<String> shortDays = new ArrayList<>();
        // Vaadin's lists start on Sunday
        for (DayOfWeek day : List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY)) {
            days.add(day.getDisplayName(TextStyle.FULL_STANDALONE, locale));
            String shortName = day.getDisplayName(TextStyle.SHORT_STANDALONE, locale).replace(".", "");
            shortDays.add(capitalized(shortName, locale));
        }
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setDateFormats(format, alsoRead)
                .setFirstDayOfWeek(1)
                .setMonthNames(months)
                .setWeekdays(days)
                .setWeekdaysShort(shortDays)
                .setToday(Hooks.text("date.today"))
                .setCancel(Hooks.text("date.cancel"))
                .setBadInputErrorMessage(unreadableMessage()));
        return picker;
    }

    private static String capitalized(String text, Locale locale) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    /** A date field that can tell the form that its text is no date. */
    private static final class Picker extends DatePicker {
        private static final long serialVersionUID = 1L;

        Picker(String label) {
            super(label);
        }

        boolean unparsable() {
            return isInputUnparsable();
        }
    }

}
