package org.cairncrm.platform.people;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import org.cairncrm.platform.api.AuditStamp;
import org.cairncrm.platform.api.error.ValidationException;

import io.swagger.v3.oas.annotations.media.Schema;

/** An employee as clients see it; on update {@code version} must be the one read. */
@Schema(name = "Employee")
public record EmployeeData(
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) Long id,
        @Schema(description = "version read; required on update") Long version,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100) String firstName,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100) String lastName,
        @Schema(maxLength = 100) String position,
        @Schema(maxLength = 100) String department,
        @Schema(maxLength = 254) String email,
        @Schema(maxLength = 50) String phone,
        @Schema(maxLength = 50) String mobile,
        LocalDate birthday,
        @Schema(description = "month and day, MM-DD", example = "06-24") String nameDay,
        @Schema(description = "default true") Boolean active,
        @Schema(description = "id of the employee's supervisor") Long supervisorId,
        @Schema(accessMode = Schema.AccessMode.READ_ONLY) AuditStamp audit) {

    /** "Maria Manager", as lists and choices show an employee. */
    public String fullName() {
        return firstName + " " + lastName;
    }

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public void validate() {
        ValidationException.collect()
                .requireText(firstName, "firstName", 100)
                .requireText(lastName, "lastName", 100)
                .maxLength(position, "position", 100)
                .maxLength(department, "department", 100)
                .maxLength(email, "email", 254)
                .check(email != null && !email.isBlank() && !EMAIL.matcher(email.strip()).matches(), "email",
                        "is not an e-mail address")
                .maxLength(phone, "phone", 50)
                .maxLength(mobile, "mobile", 50)
                .check(birthday != null && (birthday.isAfter(LocalDate.now()) || birthday.getYear() < 1900),
                        "birthday", "must be a past date after 1900")
                .check(nameDay != null && !nameDay.isBlank() && !isMonthDay(nameDay.strip()), "nameDay",
                        "must be month and day as MM-DD, e.g. 06-24")
                .throwIfAny();
    }

    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static boolean isMonthDay(String text) {
        try {
            MonthDay.parse("--" + text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
