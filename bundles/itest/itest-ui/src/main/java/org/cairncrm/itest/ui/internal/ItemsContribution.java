package org.cairncrm.itest.ui.internal;

import java.util.Optional;

import org.cairncrm.console.ViewContribution;
import org.osgi.service.component.annotations.Component;

/** The items view in the console menu, for users who may read items. */
@Component
public class ItemsContribution implements ViewContribution {

    @Override
    public String route() {
        return "itest/items";
    }

    @Override
    public String title() {
        return ItemsView.TEXTS.get("items.title");
    }

    @Override
    public String menuGroup() {
        return ItemsView.TEXTS.get("items.group");
    }

    @Override
    public String icon() {
        return "LIST";
    }

    @Override
    public Optional<String> permission() {
        return Optional.of("itest.item.read");
    }

    @Override
    public Class<ItemsView> viewClass() {
        return ItemsView.class;
    }
}
