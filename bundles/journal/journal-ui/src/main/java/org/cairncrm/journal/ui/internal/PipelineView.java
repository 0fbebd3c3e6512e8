package org.cairncrm.journal.ui.internal;

import static org.cairncrm.journal.ui.internal.JournalConsole.TEXTS;

import java.util.List;
import java.util.Optional;

import org.cairncrm.journal.CaseData;
import org.cairncrm.journal.Journal;
import org.cairncrm.journal.JournalSetting;
import org.cairncrm.journal.JournalSettings.Kind;
import org.cairncrm.platform.api.access.Access;
import org.cairncrm.platform.api.error.ConflictException;
import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.platform.api.paging.Filter;
import org.cairncrm.platform.api.paging.PageRequest;
import org.cairncrm.platform.api.paging.Sort;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dnd.DragSource;
import com.vaadin.flow.component.dnd.DropTarget;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;

/**
 * The open cases of one case type as columns of its pipeline's stages (kanban-like); each card moves one stage back
 * or on under the pipeline's rules, a click on its topic opens it.
 */
public class PipelineView extends VerticalLayout {

    private static final long serialVersionUID = 1L;
    static final int MAX_CASES = PageRequest.MAX_SIZE;

    private final ComboBox<String> type = new ComboBox<>(TEXTS.get("case.type"));
    private final HorizontalLayout board = new HorizontalLayout();

    public PipelineView() {
        JournalConsole services = JournalConsole.get();
        setSizeFull();
        setId("pipeline-view");
        var labels = services.labels(Kind.TYPE, null);
        List<String> withStages = services.settings.list(Kind.TYPE, null).stream()
                .map(JournalSetting::code).filter(t -> !services.settings.list(Kind.STAGE, t).isEmpty()).toList();
        type.setId("pipeline-type");
        type.setItems(withStages);
        type.setItemLabelGenerator(c -> labels.getOrDefault(c, c));
        type.addValueChangeListener(e -> show());
        board.setId("pipeline-board");
        board.setWidthFull();
        add(new H2(TEXTS.get("pipeline.title")), new Span(TEXTS.get("pipeline.drop")), type, board);
        expand(board);
        if (!withStages.isEmpty()) {
            type.setValue(withStages.get(0));
        }
    }

    void show() {
        board.removeAll();
        if (type.getValue() == null) {
            return;
        }
        JournalConsole services = JournalConsole.get();
        List<JournalSetting> stages = services.settings.list(Kind.STAGE, type.getValue());
        List<CaseData> open = services.journal.list(new PageRequest(0, MAX_CASES, List.of(Sort.asc("nextActionDue")),
                List.of(Filter.eq("type", type.getValue()), new Filter("closedAt", Filter.Op.NULL, null)),
                Optional.empty())).items();
        boolean mayMove = Access.has(Journal.UPDATE);
        for (int i = 0; i < stages.size(); i++) {
            JournalSetting stage = stages.get(i);
            List<CaseData> here = open.stream().filter(c -> stage.code().equals(c.stage())).toList();
            VerticalLayout column = new VerticalLayout(new H4(stage.label() + " (" + here.size() + ")"));
            column.setId("column-" + stage.code());
            column.getStyle().set("background", "var(--lumo-contrast-5pct)").set("border-radius", "var(--lumo-border-radius-m)");
            column.setWidth("16em");
            String back = i > 0 ? stages.get(i - 1).code() : null;
            String on = i < stages.size() - 1 ? stages.get(i + 1).code() : null;
            for (CaseData c : here) {
                column.add(card(services, c, mayMove ? back : null, mayMove ? on : null));
            }
            if (mayMove) {
                // a card dropped here moves to this stage, under the pipeline's rules
                DropTarget<VerticalLayout> target = DropTarget.create(column);
                target.addDropListener(drop -> drop.getDragData().ifPresent(dragged -> {
                    CaseData c = (CaseData) dragged;
                    if (!stage.code().equals(c.stage())) {
                        move(c, stage.code());
                    }
                }));
            }
            board.add(column);
        }
    }

    private Div card(JournalConsole services, CaseData c, String back, String on) {
        Button topic = new Button(c.topic(), e -> UI.getCurrent().navigate(CaseCardView.class,
                new RouteParameters("id", String.valueOf(c.id()))));
        topic.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Span company = new Span(c.companyName() == null ? "" : c.companyName());
        Span next = new Span(c.nextAction() == null ? "" : c.nextAction().due() + " · " + c.nextAction().what());
        if (c.overdueOn(services.today())) {
            next.getStyle().set("color", "var(--lumo-error-text-color)");
        }
        HorizontalLayout moves = new HorizontalLayout();
        if (back != null) {
            Button b = new Button("◀", e -> move(c, back));
            b.setId("back-" + c.id());
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
            moves.add(b);
        }
        if (on != null) {
            Button b = new Button("▶", e -> move(c, on));
            b.setId("on-" + c.id());
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
            moves.add(b);
        }
        Div card = new Div(topic, new Div(company), new Div(next), moves);
        if (back != null || on != null) {
            DragSource<Div> drag = DragSource.create(card);
            drag.setDragData(c);
        }
        card.setId("case-" + c.id());
        card.addClassName("pipeline-card");
        card.getStyle().set("background", "var(--lumo-base-color)").set("padding", "var(--lumo-space-s)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("box-shadow", "var(--lumo-box-shadow-xs)")
                .set("width", "100%").set("box-sizing", "border-box");
        return card;
    }

    private void move(CaseData c, String stage) {
        try {
            JournalConsole.get().journal.moveStage(c.id(), c.version(), stage);
        } catch (ValidationException e) {
            Notification.show(e.fieldErrors().get(0).message());
        } catch (ConflictException e) {
            Notification.show(TEXTS.get("conflict"));
        }
        show();
    }
}
