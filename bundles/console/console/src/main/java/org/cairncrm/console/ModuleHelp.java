package org.cairncrm.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.vaadin.flow.server.VaadinSession;

/**
 * A module's help page as most modules write one: Markdown files in the module's resources, one per language
 * ({@code contacts/help.md} in English, {@code contacts/help_pl.md} in Polish), the title from the module's
 * {@link Translations}. A module's DS component extends it and passes its values.
 *
 * <pre>{@code
 * @org.osgi.service.component.annotations.Component(service = HelpPage.class)
 * public class ContactsHelp extends ModuleHelp {
 *     public ContactsHelp() {
 *         super(TEXTS, "contacts", "help.title", Companies.READ, "contacts/help", 10);
 *     }
 * }
 * }</pre>
 */
public abstract class ModuleHelp implements HelpPage {

    private final Translations texts;
    private final String id;
    private final String titleKey;
    private final String permission;
    private final String resource;
    private final int order;
    /** the texts read, by file name (empty: no such file): a search over the pages reads every page each time */
    private final Map<String, Optional<String>> pages = new ConcurrentHashMap<>();

    /**
     * @param permission the key a user needs to see the page; null: every signed-in user
     * @param resource   the files' name without language and extension, found by the class loader of this class's
     *                   subclass (the module's bundle): {@code contacts/help} reads {@code contacts/help_pl.md}
     */
    protected ModuleHelp(Translations texts, String id, String titleKey, String permission, String resource,
                         int order) {
        this.texts = texts;
        this.id = id;
        this.titleKey = titleKey;
        this.permission = permission;
        this.resource = resource;
        this.order = order;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String title() {
        return texts.get(titleKey);
    }

    @Override
    public Optional<String> permission() {
        return Optional.ofNullable(permission);
    }

    @Override
    public int order() {
        return order;
    }

    @Override
    public String markdown() {
        VaadinSession session = VaadinSession.getCurrent();
        Locale locale = session == null || session.getLocale() == null ? Locale.ENGLISH : session.getLocale();
        return read(resource + "_" + locale.getLanguage() + ".md")
                .or(() -> read(resource + ".md"))
                .orElseThrow(() -> new IllegalStateException("the help page " + resource + ".md is missing"));
    }

    private Optional<String> read(String name) {
        return pages.computeIfAbsent(name, this::load);
    }

    private Optional<String> load(String name) {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("the help page " + name + " could not be read", e);
        }
    }
}
