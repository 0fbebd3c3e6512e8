package org.cairncrm.console.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLConnection;
import java.util.Optional;

import org.cairncrm.platform.api.access.Access;
import org.cairncrm.platform.api.access.Identity;

import com.vaadin.flow.server.VaadinServlet;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Vaadin's servlet with two additions: every request runs as the signed-in user (refreshed, so that a password
 * change or a lock ends the session at once and changed roles apply at once), and the static files Vaadin's jars
 * carry under {@code META-INF/resources} are served from the bundle, which embedded Jetty cannot see.
 */
public class CairnServlet extends VaadinServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        String path = request.getPathInfo();
        if (path != null && path.startsWith("/VAADIN/static/") && serveFromBundle(path, response)) {
            return;
        }
        if ("/favicon.ico".equals(path) || "/favicon.svg".equals(path)) {
            serveIcon(path, response);
            return;
        }
        if (path != null && path.startsWith("/VAADIN/build/")) {
            // the production bundle's files carry their content's hash in their names: a new build has new names,
            // so a browser may keep these for a year without asking again
            response = new ImmutableCaching(response);
        }
        HttpSession session = request.getSession(false);
        Identity identity = session == null ? null : (Identity) session.getAttribute(SignedIn.ATTRIBUTE);
        if (identity != null) {
            Optional<Identity> now = ConsoleServices.running()
                    .flatMap(services -> services.authenticator().refresh(identity));
            if (now.isEmpty()) {
                session.removeAttribute(SignedIn.ATTRIBUTE);
            } else if (!now.get().equals(identity)) {
                session.setAttribute(SignedIn.ATTRIBUTE, now.get());
            }
            now.ifPresent(Access::set);
        }
        try {
            super.service(request, response);
        } finally {
            Access.clear();
        }
    }

    /** The console's icon, from the bundle. */
    private static void serveIcon(String path, HttpServletResponse response) throws IOException {
        try (InputStream in = CairnServlet.class.getClassLoader().getResourceAsStream("console" + path)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType(path.endsWith(".svg") ? "image/svg+xml" : "image/x-icon");
            response.setHeader("Cache-Control", "public, max-age=86400");
            in.transferTo(response.getOutputStream());
        }
    }

    /** A response whose Cache-Control says: keep it a year, it never changes; whatever Vaadin sets later. */
    private static final class ImmutableCaching extends jakarta.servlet.http.HttpServletResponseWrapper {
        private static final String CACHE = "public, max-age=31536000, immutable";

        ImmutableCaching(HttpServletResponse response) {
            super(response);
            super.setHeader("Cache-Control", CACHE);
        }

        @Override
        public void setHeader(String name, String value) {
            super.setHeader(name, "Cache-Control".equalsIgnoreCase(name) ? CACHE : value);
        }

        @Override
        public void addHeader(String name, String value) {
            if (!"Cache-Control".equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!"Expires".equalsIgnoreCase(name)) {
                super.setDateHeader(name, date);
            }
        }
    }

    private boolean serveFromBundle(String path, HttpServletResponse response) throws IOException {
        if (path.contains("..")) {
            return false;
        }
        try (InputStream in = CairnServlet.class.getClassLoader()
                .getResourceAsStream("META-INF/resources" + path)) {
            if (in == null) {
                return false;
            }
            String type = URLConnection.guessContentTypeFromName(path);
            if (path.endsWith(".js")) {
                type = "application/javascript";
            }
            response.setContentType(type == null ? "application/octet-stream" : type);
            response.setHeader("Cache-Control", "max-age=3600");
            in.transferTo(response.getOutputStream());
            return true;
        }
    }
}
