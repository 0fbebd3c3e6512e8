package org.cairncrm.console;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The usual shape of a {@link RecordTabContribution}: a record type, a label in the user's language and a permission
 * key; a module's tab extends it and builds its content in {@link #create}.
 */
public abstract class ContributedTab implements RecordTabContribution {

    private final String recordType;
    private final Supplier<String> label;
    private final String permission;

    /** @param label asked each time a card is built, so that it is in that user's language */
    protected ContributedTab(String recordType, Supplier<String> label, String permission) {
        this.recordType = recordType;
        this.label = label;
        this.permission = permission;
    }

    @Override
    public String recordType() {
        return recordType;
    }

    @Override
    public String label() {
        return label.get();
    }

    @Override
    public Optional<String> permission() {
        return Optional.ofNullable(permission);
    }
}
