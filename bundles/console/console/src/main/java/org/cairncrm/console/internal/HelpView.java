package org.cairncrm.console.internal;

import java.util.List;
import java.util.Optional;

import org.cairncrm.console.HelpPage;
import org.cairncrm.platform.api.access.Identity;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The built-in user's guide: the help pages of the installed modules the user may use, in the session's language,
 * with a search over their text; {@code help/contacts} opens one page.
 */
public class HelpView extends HorizontalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final long serialVersionUID = 1L;

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    /** Raw HTML in a page is shown as text, and only safe link targets are kept. */
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
            .sanitizeUrls(true)
            .attributeProviderFactory(context -> (node, tag, attributes) -> {
                if (node instanceof Link link) {
                    if (link.getDestination().startsWith("/")) {
                        // the console's own addresses open inside it, without reloading the page
                        attributes.put("router-link", "");
                        attributes.remove("rel");
                    } else {
                        // other sites in a tab of their own, so that the console stays open
                        attributes.put("target", "_blank");
                        attributes.put("rel", "noopener noreferrer");
                    }
                }
            }).build();

    private final TextField search = new TextField();
    private final VerticalLayout pages = new VerticalLayout();
    private final Div content = new Div();
    private String shown;

    public HelpView() {
        setId("help");
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.START);
        search.setPlaceholder(Texts.get("help.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("help-search");
        search.setWidthFull();
        search.addValueChangeListener(e -> listPages());
        pages.setPadding(false);
        pages.setSpacing(false);
        pages.setId("help-pages");
        VerticalLayout side = new VerticalLayout(search, pages);
        side.setPadding(false);
        side.setWidth("16em");
        side.getStyle().set("flex-shrink", "0");
        content.setId("help-content");
        content.getStyle().set("max-width", "50em").set("min-width", "0").set("overflow-wrap", "anywhere");
        add(side, content);
        expand(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<HelpPage> visible = visible();
        Optional<String> asked = event.getRouteParameters().get("page");
        Optional<HelpPage> page = asked.isPresent()
                ? visible.stream().filter(p -> p.id().equals(asked.get())).findFirst()
                : visible.stream().findFirst();
        content.removeAll();
        if (page.isPresent()) {
            shown = page.get().id();
            content.add(render(page.get()));
        } else {
            shown = null;
            Paragraph missing = new Paragraph(Texts.get("help.missing"));
            missing.setId("help-missing");
            content.add(new H2(Texts.get("help.title")), missing);
        }
        search.clear();
        listPages();
    }

    @Override
    public String getPageTitle() {
        return Texts.get("help.title");
    }

    /** The page as HTML; a page that cannot be read is named as such instead of failing the view. */
    static Html render(HelpPage page) {
        String html;
        try {
            html = RENDERER.render(PARSER.parse(page.markdown()));
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(HelpView.class).warn("Help page {} not shown", page.id(), e);
            html = RENDERER.render(PARSER.parse(Texts.get("help.unreadable")));
        }
        return new Html("<div class=\"help-page\">" + html + "</div>");
    }

    private static List<HelpPage> visible() {
        Identity identity = SignedIn.identity().orElse(null);
        return identity == null ? List.of() : ConsoleServices.get().contributions().helpFor(identity);
    }

    private void listPages() {
        pages.removeAll();
        List<String> words = words(search.getValue());
        for (HelpPage page : visible()) {
            if (!words.isEmpty() && !matches(page, words)) {
                continue;
            }
            Anchor link = new Anchor("help/" + page.id(), page.title());
            link.getElement().setAttribute("router-link", "");
            link.setId("help-page-" + page.id());
            if (page.id().equals(shown)) {
                link.getStyle().set("font-weight", "bold");
            }
            link.getStyle().set("padding", "var(--lumo-space-xs) 0");
            pages.add(link);
        }
        if (pages.getComponentCount() == 0) {
            Paragraph none = new Paragraph(Texts.get("help.none"));
            none.setId("help-none");
            pages.add(none);
        }
    }

    /** Whether every word typed is in the page's title or text, case and diacritics ignored. */
    private static boolean matches(HelpPage page, List<String> words) {
        String text;
        try {
            text = plain(page.title() + "\n" + page.markdown());
        } catch (RuntimeException unreadable) {
            text = plain(page.title());
        }
        for (String word : words) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static List<String> words(String typed) {
        String text = plain(typed == null ? "" : typed).strip();
        return text.isEmpty() ? List.of() : List.of(text.split("\\s+"));
    }

    /** Lower case, without diacritics (ł as l), spaces collapsed: the platform's folding of searched text. */
    static String plain(String text) {
        return org.cairncrm.platform.api.paging.SearchText.fold(text);
    }
}
