package org.cairncrm.platform.people.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javax.sql.DataSource;
import javax.transaction.Status;
import javax.transaction.Synchronization;
import javax.transaction.TransactionSynchronizationRegistry;

import org.cairncrm.platform.api.Caller;
import org.cairncrm.platform.api.RecordRef;
import org.cairncrm.platform.api.history.Change;
import org.cairncrm.platform.api.history.RecordHistory;
import org.cairncrm.platform.api.history.Trail;
import org.cairncrm.platform.persistence.ChangeTracking;
import org.cairncrm.platform.persistence.HistoryEntry;
import org.cairncrm.platform.persistence.ModuleSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * The change history of every module's records, in {@code people_history}. Entries of a transaction are written in
 * that same transaction just before it commits (after JPA has flushed), so a change and its history are kept or
 * lost together.
 */
@Component(service = {RecordHistory.class, HistoryJournal.class})
public class HistoryJournal implements RecordHistory, Consumer<HistoryEntry> {

    private static final int VALUE_MAX = 2000;
    private static final int TRAIL_MAX = 1000;
    private static final String INSERT = "INSERT INTO people_history (record_type, record_path, record_id, owner_id,"
            + " line_of_business, action, field, old_value, new_value, changed_by, changed_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final DataSource dataSource;
    private final TransactionSynchronizationRegistry transactions;
    private final Object key = new Object();

    @Activate
    public HistoryJournal(@Reference(target = "(osgi.jndi.service.name=cairn)") DataSource dataSource,
                          @Reference TransactionSynchronizationRegistry transactions,
                          @Reference(target = "(cairn.module=people)") ModuleSchema schema) {
        this.dataSource = dataSource;
        this.transactions = transactions;
        ChangeTracking.install(this);
    }

    @Deactivate
    void deactivate() {
        ChangeTracking.uninstall(this);
    }

    @Override
    public void accept(HistoryEntry entry) {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            write(List.of(entry));
            return;
        }
        @SuppressWarnings("unchecked")
        List<HistoryEntry> pending = (List<HistoryEntry>) transactions.getResource(key);
        if (pending == null) {
            List<HistoryEntry> entries = new ArrayList<>();
            transactions.putResource(key, entries);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    write(entries);
                }

                @Override
                public void afterCompletion(int status) {
                    entries.clear();
                }
            });
            pending = entries;
        }
        pending.add(entry);
    }

    @Override
    public void record(RecordRef ref, String path, String action, String field, String oldValue, String newValue) {
        accept(new HistoryEntry(ref.type(), path, ref.id(), null, null, action, field, oldValue, newValue,
                Caller.currentLogin(), Instant.now().truncatedTo(ChronoUnit.MILLIS)));
    }

    /** An event of a people record, {@code people/accounts}. */
    void record(RecordRef ref, String action, String field, String oldValue, String newValue) {
        String path = "people/" + ref.type().substring("people.".length()) + "s";
        record(ref, path, action, field, oldValue, newValue);
    }

    @Override
    public Optional<Trail> of(String module, String path, long id) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT record_type, owner_id, "
                     + "line_of_business, action, field, old_value, new_value, changed_by, changed_at "
                     + "FROM people_history WHERE record_path = ? AND record_id = ? "
                     + "ORDER BY changed_at DESC, id DESC")) {
            select.setString(1, module + "/" + path);
            select.setLong(2, id);
            select.setMaxRows(TRAIL_MAX);
            List<Change> changes = new ArrayList<>();
            String type = null;
            Long owner = null;
            String line = null;
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    if (type == null) {
                        type = rows.getString(1);
                        long o = rows.getLong(2);
                        owner = rows.wasNull() ? null : o;
                        line = rows.getString(3);
                    }
                    changes.add(new Change(rows.getTimestamp(9).toLocalDateTime().toInstant(ZoneOffset.UTC),
                            rows.getString(8), rows.getString(4), rows.getString(5), rows.getString(6),
                            rows.getString(7)));
                }
            }
            return type == null ? Optional.empty() : Optional.of(new Trail(type, owner, line, changes));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the history of " + module + "/" + path + "/" + id, e);
        }
    }

    private void write(List<HistoryEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (HistoryEntry e : entries) {
                insert.setString(1, e.recordType());
                insert.setString(2, e.path());
                insert.setLong(3, e.recordId());
                if (e.owner() == null) {
                    insert.setNull(4, Types.BIGINT);
                } else {
                    insert.setLong(4, e.owner());
                }
                insert.setString(5, e.line());
                insert.setString(6, e.action());
                insert.setString(7, e.field());
                insert.setString(8, cut(e.oldValue()));
                insert.setString(9, cut(e.newValue()));
                insert.setString(10, e.by());
                // UTC wall time, as InstantConverter stores instants
                insert.setTimestamp(11, Timestamp.valueOf(LocalDateTime.ofInstant(e.at(), ZoneOffset.UTC)));
                insert.addBatch();
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot write the change history", e);
        }
    }

    private static String cut(String value) {
        return value == null || value.length() <= VALUE_MAX ? value : value.substring(0, VALUE_MAX - 1) + "…";
    }
}
