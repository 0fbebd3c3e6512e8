package org.cairncrm.journal.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cairncrm.contacts.CompanyData;
import org.cairncrm.contacts.Representatives;
import org.cairncrm.journal.CaseData;
import org.cairncrm.journal.JournalSetting;
import org.cairncrm.journal.JournalSettings.Kind;
import org.cairncrm.journal.StageChange;
import org.cairncrm.journal.StepData;
import org.cairncrm.platform.people.Employees;

/** A company's history as one printable HTML page: its cases, newest first, each with its steps and stages. */
final class CustomerHistory {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final JournalSettingsStore settings;
    private final Representatives representatives;
    private final Employees employees;

    CustomerHistory(JournalSettingsStore settings, Representatives representatives, Employees employees) {
        this.settings = settings;
        this.representatives = representatives;
        this.employees = employees;
    }

    String render(CompanyData company, List<CaseData> cases, List<StepData> steps, List<StageChange> stages,
                  Instant now) {
        Names names = new Names();
        ZoneId zone = ZoneId.systemDefault();
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>History of ")
                .append(esc(company.name())).append("</title>\n<style>")
                .append("body{font-family:sans-serif;margin:2em;color:#222}h1{margin-bottom:0}")
                .append(".meta{color:#666}section{page-break-inside:avoid;border-top:1px solid #999;margin-top:1.5em}")
                .append("table{border-collapse:collapse;width:100%}td,th{text-align:left;vertical-align:top;")
                .append("padding:.25em .5em;border-bottom:1px solid #ddd}.overdue{color:#b00020;font-weight:bold}")
                .append("@media print{a{display:none}}</style></head><body>\n");
        html.append("<h1>").append(esc(company.name())).append("</h1>\n<p class=\"meta\">Customer history, ")
                .append(cases.size()).append(cases.size() == 1 ? " case" : " cases").append(", printed ")
                .append(WHEN.format(now.atZone(zone))).append("</p>\n");
        if (cases.isEmpty()) {
            html.append("<p>No contact cases yet.</p>\n");
        }
        java.time.LocalDate today = now.atZone(zone).toLocalDate();
        for (CaseData c : cases) {
            html.append("<section><h2>").append(esc(c.topic())).append("</h2>\n<p>")
                    .append(esc(settings.label(Kind.TYPE, null, c.type()))).append(" · ")
                    .append(esc(settings.label(Kind.STATUS, null, c.status())));
            if (c.stage() != null) {
                html.append(" · stage ").append(esc(settings.label(Kind.STAGE, c.type(), c.stage())));
            }
            html.append(" · priority ").append(esc(c.priority().toLowerCase(java.util.Locale.ROOT)))
                    .append(" · led by ").append(esc(names.employee(c.ownerId())));
            if (c.representativeId() != null) {
                html.append(" · with ").append(esc(names.representative(c.representativeId())));
            }
            html.append(" · opened ").append(WHEN.format(c.audit().createdAt().atZone(zone)));
            if (c.closedAt() != null) {
                html.append(" · closed ").append(WHEN.format(c.closedAt().atZone(zone)));
            }
            html.append("</p>\n");
            if (!c.fields().isEmpty()) {
                html.append("<p>");
                List<JournalSetting> form = settings.form(c.type());
                c.fields().forEach((code, value) -> html.append(esc(form.stream().filter(f -> f.code().equals(code))
                        .map(JournalSetting::label).findFirst().orElse(code))).append(": ").append(esc(value))
                        .append("<br>"));
                html.append("</p>\n");
            }
            if (c.nextAction() != null && c.closedAt() == null) {
                html.append("<p").append(c.overdueOn(today) ? " class=\"overdue\"" : "").append(">Next: ")
                        .append(esc(c.nextAction().what())).append(" — ")
                        .append(esc(names.employee(c.nextAction().byEmployeeId()))).append(", by ")
                        .append(c.nextAction().due()).append(c.overdueOn(today) ? " (overdue)" : "").append("</p>\n");
            }
            html.append("<table><tr><th>When</th><th>What</th><th>Who</th><th>With</th><th>Notes</th>")
                    .append("<th>Outcome</th></tr>\n");
            List<Map.Entry<Instant, String>> rows = new java.util.ArrayList<>();
            for (StageChange s : stages) {
                if (s.caseId() == c.id()) {
                    rows.add(Map.entry(s.at(), "<tr><td>" + WHEN.format(s.at().atZone(zone)) + "</td><td>Stage: "
                            + esc(settings.label(Kind.STAGE, c.type(), s.toStage())) + "</td><td>"
                            + esc(names.employee(s.byEmployeeId())) + "</td><td></td><td></td><td>"
                            + (s.stepId() == null ? "" : "by the step recorded") + "</td></tr>\n"));
                }
            }
            for (StepData s : steps) {
                if (s.caseId() == c.id().longValue()) {
                    rows.add(Map.entry(s.at(), "<tr><td>" + WHEN.format(s.at().atZone(zone)) + "</td><td>"
                            + esc(settings.label(Kind.STEP, null, s.kind())) + "</td><td>"
                            + esc(names.employee(s.byEmployeeId())) + "</td><td>"
                            + (s.withRepresentativeId() == null ? "" : esc(names.representative(
                            s.withRepresentativeId()))) + "</td><td>" + esc(s.notes()).replace("\n", "<br>")
                            + "</td><td>" + esc(s.outcome()) + "</td></tr>\n"));
                }
            }
            // oldest first; a stage reached by a step comes right after it
            rows.sort(Map.Entry.comparingByKey());
            rows.forEach(r -> html.append(r.getValue()));
            html.append("</table></section>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    /** Names looked up once per page; someone one may not see shows as their number. */
    private final class Names {
        private final Map<Long, String> employeeNames = new HashMap<>();
        private final Map<Long, String> representativeNames = new HashMap<>();

        String employee(Long id) {
            if (id == null) {
                return "";
            }
            if (id == 0) {
                return "Cairn";
            }
            return employeeNames.computeIfAbsent(id, k -> {
                try {
                    var e = employees.get(k);
                    return e.fullName();
                } catch (RuntimeException unknown) {
                    return "employee #" + k;
                }
            });
        }

        String representative(long id) {
            return representativeNames.computeIfAbsent(id, k -> {
                try {
                    return representatives.get(k).displayName();
                } catch (RuntimeException hidden) {
                    return "representative #" + k;
                }
            });
        }
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }
}
