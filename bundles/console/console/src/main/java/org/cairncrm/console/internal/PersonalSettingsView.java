package org.cairncrm.console.internal;

/** The signed-in user's own settings: language, date format, page size, start view. */
public class PersonalSettingsView extends SettingsForm {

    private static final long serialVersionUID = 1L;

    public PersonalSettingsView() {
        super(true);
    }
}
