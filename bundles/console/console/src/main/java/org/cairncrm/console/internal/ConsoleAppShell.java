package org.cairncrm.console.internal;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;

/** Page-wide settings: server push, so that menus change in open pages when modules come and go. */
@Push
public class ConsoleAppShell implements AppShellConfigurator {

    private static final long serialVersionUID = 1L;

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Cairn CRM");
        settings.addLink("/favicon.svg", java.util.Map.of("rel", "icon", "type", "image/svg+xml"));
        settings.addLink("/favicon.ico", java.util.Map.of("rel", "alternate icon", "sizes", "16x16 32x32 48x48"));
    }
}
