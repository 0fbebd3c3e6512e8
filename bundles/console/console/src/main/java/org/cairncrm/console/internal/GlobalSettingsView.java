package org.cairncrm.console.internal;

/** Administration: the global settings (people.settings.manage). */
public class GlobalSettingsView extends SettingsForm {

    private static final long serialVersionUID = 1L;

    public GlobalSettingsView() {
        super(false);
    }
}
