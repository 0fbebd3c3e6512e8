package org.cairncrm.platform.rest.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;

/**
 * Refuses request bodies over the configured size with 413, whether the client announces the length or streams it.
 * Uploaded files (CSV, XLSX, vCard, binary) may be larger than JSON bodies.
 */
@PreMatching
final class BodySizeLimit implements ContainerRequestFilter {

    private static final List<String> FILES = List.of("text/csv", "text/vcard", "text/x-vcard", "text/directory",
            "application/octet-stream", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final long maxJsonBytes;
    private final long maxUploadBytes;

    BodySizeLimit(long maxJsonBytes, long maxUploadBytes) {
        this.maxJsonBytes = maxJsonBytes;
        this.maxUploadBytes = maxUploadBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        javax.ws.rs.core.MediaType type = request.getMediaType();
        boolean file = type != null && FILES.contains(type.getType() + "/" + type.getSubtype());
        long maxBytes = file ? maxUploadBytes : maxJsonBytes;
        if (request.getLength() > maxBytes) {
            request.abortWith(tooLarge(maxBytes));
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(new Limited(request.getEntityStream(), maxBytes));
        }
    }

    private static javax.ws.rs.core.Response tooLarge(long maxBytes) {
        return ErrorResponses.body(413, message(maxBytes), List.of());
    }

    private static String message(long maxBytes) {
        return "The request body is larger than " + maxBytes + " bytes";
    }

    private final class Limited extends FilterInputStream {
        private final long max;
        private long remaining;

        Limited(InputStream in, long max) {
            super(in);
            this.max = max;
            this.remaining = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            remaining -= n;
            if (remaining < 0) {
                throw new WebApplicationException(message(max), tooLarge(max));
            }
        }
    }
}
