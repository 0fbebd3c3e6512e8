package org.cairncrm.platform.api.error;

import org.cairncrm.platform.api.RecordRef;

/** No record with that id exists (or the caller may not know it exists). REST answers 404. */
public class RecordNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String type;
    private final long id;

    public RecordNotFoundException(String type, long id) {
        super("No " + type + " with id " + id);
        this.type = type;
        this.id = id;
    }

    /** Something other than a record by id is missing: a setting, a name. */
    public RecordNotFoundException(String message) {
        super(message);
        this.type = null;
        this.id = 0;
    }

    public RecordNotFoundException(RecordRef ref) {
        this(ref.type(), ref.id());
    }

    public String type() {
        return type;
    }

    public long id() {
        return id;
    }
}
