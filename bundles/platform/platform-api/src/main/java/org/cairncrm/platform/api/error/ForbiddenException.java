package org.cairncrm.platform.api.error;

/** The caller is signed in but may not do this. REST answers 403. */
public class ForbiddenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ForbiddenException(String message) {
        super(message);
    }
}
