package org.cairncrm.journal.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import javax.persistence.EntityManager;

import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.cairncrm.journal.JournalSetting;
import org.cairncrm.journal.JournalSettings;
import org.cairncrm.platform.api.access.Access;
import org.cairncrm.platform.api.error.ConflictException;
import org.cairncrm.platform.api.error.RecordNotFoundException;
import org.cairncrm.platform.api.error.ValidationException;
import org.cairncrm.platform.persistence.ModuleSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The journal's lists, read through a cache that every change empties. */
@Component(service = {JournalSettings.class, JournalSettingsStore.class})
public class JournalSettingsStore implements JournalSettings {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private final JpaTemplate jpa;
    private final Map<String, List<JournalSetting>> cache = new ConcurrentHashMap<>();

    @Activate
    public JournalSettingsStore(@Reference(target = "(osgi.unit.name=cairn.journal)") JpaTemplate jpa,
                                @Reference(target = "(cairn.module=journal)") ModuleSchema schema) {
        this.jpa = jpa;
    }

    @Override
    public List<JournalSetting> list(Kind kind, String parent) {
        String key = kind + "/" + parentOf(kind, parent);
        return cache.computeIfAbsent(key, k -> jpa.txExpr(TransactionType.Supports, em -> rows(em, kind,
                parentOf(kind, parent)).stream().map(JournalSettingRow::toData).toList()));
    }

    @Override
    public Optional<JournalSetting> find(Kind kind, String parent, String code) {
        return list(kind, parent).stream().filter(s -> s.code().equals(code)).findFirst();
    }

    /** The active entry's label, or the code itself for one no longer listed. */
    String label(Kind kind, String parent, String code) {
        return code == null ? "" : find(kind, parent, code).map(JournalSetting::label).orElse(code);
    }

    boolean closes(String status) {
        return find(Kind.STATUS, null, status).map(s -> Boolean.TRUE.equals(s.closed())).orElse(false);
    }

    @Override
    public JournalSetting save(JournalSetting setting) {
        Access.require(MANAGE);
        if (setting == null) {
            throw ValidationException.of("setting", "is required");
        }
        ValidationException.Collector errors = ValidationException.collect();
        Kind kind = setting.kind();
        errors.check(kind == null, "kind", "must be one of TYPE, STATUS, STEP, STAGE, FIELD");
        String code = setting.code() == null ? "" : setting.code().strip();
        errors.check(!CODE.matcher(code).matches(), "code",
                "must be 1 to 40 lowercase letters, digits and '-', starting with a letter or digit");
        errors.requireText(setting.label(), "label", 100);
        errors.throwIfAny();
        String parent = parentOf(kind, setting.parent());
        if (kind == Kind.STAGE || kind == Kind.FIELD && !parent.isEmpty()) {
            errors.check(kind == Kind.STAGE && parent.isEmpty(), "parent", "is required: the case type");
            errors.check(!parent.isEmpty() && find(Kind.TYPE, null, parent).isEmpty(), "parent",
                    "is no case type");
        }
        String fieldKind = null;
        if (kind == Kind.STAGE && setting.enteredByStep() != null && !setting.enteredByStep().isBlank()) {
            errors.check(find(Kind.STEP, null, setting.enteredByStep().strip()).isEmpty(), "enteredByStep",
                    "is no step kind");
        }
        if (kind == Kind.FIELD) {
            fieldKind = setting.fieldKind() == null || setting.fieldKind().isBlank() ? "TEXT"
                    : setting.fieldKind().strip().toUpperCase(java.util.Locale.ROOT);
            errors.check(!FIELD_KINDS.contains(fieldKind), "fieldKind", "must be one of " + FIELD_KINDS);
            errors.check("CHOICE".equals(fieldKind) && setting.options().stream().allMatch(String::isBlank),
                    "options", "a choice needs at least one value");
            errors.check(setting.options().stream().anyMatch(o -> o.strip().length() > 100), "options",
                    "values are at most 100 characters");
        }
        errors.throwIfAny();
        List<String> options = setting.options().stream().map(String::strip).filter(o -> !o.isEmpty()).distinct()
                .toList();
        JournalSetting clean = new JournalSetting(kind, parent, code, setting.label(), setting.position(),
                setting.active(), setting.strictStages(), setting.closed(), setting.required(),
                kind == Kind.STAGE ? setting.enteredByStep() : null, fieldKind,
                kind == Kind.FIELD ? options : List.of(), setting.wide());
        try {
            return jpa.txExpr(TransactionType.Required, em -> {
                List<JournalSettingRow> rows = rows(em, kind, parent);
                JournalSettingRow row = rows.stream().filter(r -> r.toData().code().equals(code)).findFirst()
                        .orElse(null);
                int position = clean.position() != null ? clean.position()
                        : row != null ? row.position()
                        : rows.stream().mapToInt(JournalSettingRow::position).max().orElse(0) + 10;
                if (row == null) {
                    row = new JournalSettingRow(kind, parent, code);
                    row.apply(clean, position);
                    em.persist(row);
                } else {
                    row.apply(clean, position);
                }
                em.flush();
                return row.toData();
            });
        } finally {
            cache.clear();
        }
    }

    @Override
    public void remove(Kind kind, String parent, String code) {
        Access.require(MANAGE);
        String p = parentOf(kind, parent);
        try {
            jpa.tx(TransactionType.Required, em -> {
                JournalSettingRow row = rows(em, kind, p).stream().filter(r -> r.toData().code().equals(code))
                        .findFirst().orElseThrow(() -> new RecordNotFoundException("There is no " + kind + " '" + code + "'"));
                long uses = uses(em, kind, p, code);
                if (uses > 0) {
                    throw new ConflictException(kind + " '" + code + "' is used " + uses
                            + " times; set it inactive instead");
                }
                if (kind == Kind.TYPE) {
                    em.createQuery("delete from JournalSettingRow r where r.parent = :type")
                            .setParameter("type", code).executeUpdate();
                }
                em.remove(row);
            });
        } finally {
            cache.clear();
        }
    }

    private static long uses(EntityManager em, Kind kind, String parent, String code) {
        String query = switch (kind) {
            case TYPE -> "select count(c) from JournalCase c where c.type = :code";
            case STATUS -> "select count(c) from JournalCase c where c.status = :code";
            case STEP -> "select count(s) from JournalStep s where s.kind = :code";
            case STAGE -> "select count(c) from JournalCase c where c.stage = :code and c.type = :parent";
            case FIELD -> parent.isEmpty() ? "select count(v) from JournalCaseValue v where v.code = :code"
                    : "select count(v) from JournalCaseValue v, JournalCase c where v.caseId = c.id "
                    + "and v.code = :code and c.type = :parent";
        };
        var q = em.createQuery(query, Long.class).setParameter("code", code);
        if (query.contains(":parent")) {
            q.setParameter("parent", parent);
        }
        return q.getSingleResult();
    }

    private static List<JournalSettingRow> rows(EntityManager em, Kind kind, String parent) {
        return em.createQuery("select r from JournalSettingRow r where r.kind = :kind and r.parent = :parent "
                        + "order by r.position, r.code", JournalSettingRow.class)
                .setParameter("kind", kind.name()).setParameter("parent", parent).getResultList();
    }

    private static String parentOf(Kind kind, String parent) {
        return kind != Kind.STAGE && kind != Kind.FIELD || parent == null ? "" : parent.strip();
    }
}
