package org.cairncrm.platform.rest.internal;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;

/**
 * JAX-RS picks the mapper of the closest exception type, and CXF brings its own for WebApplicationException; so ours
 * is registered for that type as well as for everything else.
 */
final class ErrorMappers {

    private ErrorMappers() {
    }

    static String path(UriInfo uri) {
        try {
            return uri == null ? "this address" : "/api" + uri.getBaseUri().getPath().replaceFirst("^/api", "")
                    .replaceAll("/$", "") + "/" + uri.getPath().replaceFirst("^/", "");
        } catch (RuntimeException outsideRequest) {
            return "this address";
        }
    }

    static final class Any implements ExceptionMapper<Throwable> {
        @Context
        private UriInfo uri;

        @Override
        public Response toResponse(Throwable failure) {
            return ErrorResponses.of(failure, path(uri));
        }
    }

    static final class Web implements ExceptionMapper<WebApplicationException> {
        @Context
        private UriInfo uri;

        @Override
        public Response toResponse(WebApplicationException failure) {
            return ErrorResponses.of(failure, path(uri));
        }
    }
}
