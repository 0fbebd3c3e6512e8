package org.cairncrm.console.internal;

import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.cairncrm.console.Confirm;
import org.cairncrm.console.FieldErrors;
import org.cairncrm.console.RecordCard;
import org.cairncrm.platform.api.RecordRef;
import org.cairncrm.platform.api.access.Identity;
import org.cairncrm.platform.api.error.ConflictException;
import org.cairncrm.platform.api.error.RecordNotFoundException;
import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.platform.people.EmployeeData;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

/**
 * An employee's card: the details (editable with people.employee.write, deletable with people.employee.delete) and
 * the change history.
 */
public class EmployeeCardView extends VerticalLayout implements BeforeEnterObserver {

    private static final long serialVersionUID = 1L;

    private final TextField firstName = new TextField(Texts.get("employees.firstName"));
    private final TextField lastName = new TextField(Texts.get("employees.lastName"));
    private final TextField position = new TextField(Texts.get("employees.position"));
    private final TextField department = new TextField(Texts.get("employees.department"));
    private final EmailField email = new EmailField(Texts.get("employees.email"));
    private final TextField phone = new TextField(Texts.get("employees.phone"));
    private final TextField mobile = new TextField(Texts.get("employees.mobile"));
    private final DatePicker birthday = org.cairncrm.console.DateFields.date(Texts.get("employees.birthday"));
    private final TextField nameDay = new TextField(Texts.get("employees.nameDay"));
    private final Checkbox active = new Checkbox(Texts.get("employees.active"));
    private final com.vaadin.flow.component.combobox.ComboBox<EmployeeData> supervisor =
            new com.vaadin.flow.component.combobox.ComboBox<>(Texts.get("employees.supervisor"));
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private EmployeeData employee;

    public EmployeeCardView() {
        setSizeFull();
        fields.put("firstName", firstName);
        fields.put("lastName", lastName);
        fields.put("position", position);
        fields.put("department", department);
        fields.put("email", email);
        fields.put("phone", phone);
        fields.put("mobile", mobile);
        fields.put("birthday", birthday);
        fields.put("nameDay", nameDay);
        fields.put("supervisorId", supervisor);
        supervisor.setId("supervisorId");
        supervisor.setClearButtonVisible(true);
        supervisor.setItemLabelGenerator(EmployeeData::fullName);
        firstName.setId("firstName");
        lastName.setId("lastName");
        email.setId("email");
        position.setId("position");
        nameDay.setId("nameDay");
        nameDay.setPlaceholder("MM-DD");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Identity identity = SignedIn.identity().orElse(null);
        if (identity == null || !identity.has("people.employee.read")) {
            event.forwardTo(HomeView.class);
            return;
        }
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            employee = ConsoleServices.get().employees().get(id);
        } catch (NumberFormatException | RecordNotFoundException missing) {
            Notification.show(Texts.get("notice.notFound"));
            event.forwardTo(EmployeesView.class);
            return;
        }
        removeAll();
        RecordCard card = new RecordCard(employee.fullName(),
                new RecordRef("people.employee", id), "employees", details(identity.has("people.employee.write"),
                identity.has("people.employee.delete")));
        add(card);
        expand(card);
    }

    private VerticalLayout details(boolean mayEdit, boolean mayDelete) {
        show(employee);
        // anyone else may be the supervisor; the people module refuses a circle (A supervises B supervises A)
        supervisor.setItems(ConsoleServices.get().employees().staff().stream()
                .filter(e -> !e.id().equals(employee.id())).toList());
        FormLayout form = new FormLayout(firstName, lastName, position, department, email, phone, mobile, birthday,
                nameDay, supervisor, active);
        fields.values().forEach(f -> ((com.vaadin.flow.component.HasValue<?, ?>) f).setReadOnly(!mayEdit));
        active.setReadOnly(!mayEdit);
        VerticalLayout details = new VerticalLayout(form);
        com.vaadin.flow.component.orderedlayout.HorizontalLayout buttons =
                new com.vaadin.flow.component.orderedlayout.HorizontalLayout();
        details.add(buttons);
        if (mayEdit) {
            Button save = new Button(Texts.get("card.save"), e -> save());
            save.setId("save");
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(save);
        }
        if (mayDelete) {
            Button delete = new Button(Texts.get("card.delete"), e -> Confirm.ask(
                    MessageFormat.format(Texts.get("employees.deleteConfirm"), employee.firstName() + " "
                            + employee.lastName()), Texts.get("card.delete"), this::delete));
            delete.setId("delete");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            buttons.add(delete);
        }
        return details;
    }

    private void show(EmployeeData e) {
        firstName.setValue(text(e.firstName()));
        lastName.setValue(text(e.lastName()));
        position.setValue(text(e.position()));
        department.setValue(text(e.department()));
        email.setValue(text(e.email()));
        phone.setValue(text(e.phone()));
        mobile.setValue(text(e.mobile()));
        birthday.setValue(e.birthday());
        nameDay.setValue(text(e.nameDay()));
        active.setValue(!Boolean.FALSE.equals(e.active()));
        supervisor.setValue(e.supervisorId() == null ? null : supervisor.getListDataView().getItems()
                .filter(x -> x.id().equals(e.supervisorId())).findFirst().orElse(null));
    }

    private void save() {
        EmployeeData changed = new EmployeeData(employee.id(), employee.version(), firstName.getValue(),
                lastName.getValue(), position.getValue(), department.getValue(), email.getValue(), phone.getValue(),
                mobile.getValue(), birthday.getValue(), nameDay.getValue(), active.getValue(),
                supervisor.getValue() == null ? null : supervisor.getValue().id(), null);
        try {
            employee = ConsoleServices.get().employees().update(employee.id(), changed);
            FieldErrors.check(fields);
            Notification.show(Texts.get("card.saved"));
        } catch (ValidationException e) {
            FieldErrors.show(e, fields);
        } catch (ConflictException e) {
            Notification.show(Texts.get("card.conflict"));
        }
    }

    /** Deletes the employee; one with accounts is refused (the accounts go first), with the reason shown. */
    private void delete() {
        try {
            ConsoleServices.get().employees().delete(employee.id());
            Notification.show(Texts.get("card.deleted"));
            getUI().ifPresent(ui -> ui.navigate(EmployeesView.class));
        } catch (ConflictException | RecordNotFoundException refused) {
            Notification.show(refused.getMessage());
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
