package org.cairncrm.console.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.Optional;

import org.cairncrm.console.ViewContribution;
import org.cairncrm.platform.api.ModuleRegistry;
import org.cairncrm.platform.api.access.Authenticator;
import org.cairncrm.platform.api.settings.Settings;
import org.cairncrm.platform.api.history.RecordHistory;
import org.cairncrm.platform.people.Accounts;
import org.cairncrm.platform.people.EmployeeGroups;
import org.cairncrm.platform.people.Employees;
import org.cairncrm.platform.people.Roles;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.di.LookupInitializer;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import com.vaadin.flow.server.startup.LookupServletContainerInitializer;
import com.vaadin.flow.server.startup.VaadinAppShellInitializer;

/**
 * Runs the console: an embedded Jetty 12 (Jakarta Servlet 6, which Karaf's own web stack is not) on a port of its
 * own with the Vaadin servlet, front end prebuilt for production. Configured in {@code etc/org.cairncrm.console.cfg}.
 */
@org.osgi.service.component.annotations.Component(immediate = true, configurationPid = "org.cairncrm.console")
@Designate(ocd = ConsoleServer.Config.class)
public class ConsoleServer {

    @ObjectClassDefinition(name = "Cairn console", description = "The staff web console")
    public @interface Config {
        @AttributeDefinition(description = "TCP port of the console")
        int port() default 8080;

        @AttributeDefinition(description = "Address to listen on; 0.0.0.0 for every interface")
        String host() default "0.0.0.0";
    }

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleServer.class);

    /** Made on the starting thread (Jetty's classes take a moment to load); set before {@link #starting} is done. */
    private volatile Server server;
    private final ViewRegistry views;
    private final Contributions contributions;
    private final Future<Void> starting;

    @Activate
    public ConsoleServer(BundleContext context, Config config, @Reference Authenticator authenticator,
                         @Reference ModuleRegistry modules, @Reference Accounts accounts,
                         @Reference Settings settings, @Reference Employees employees,
                         @Reference RecordHistory history, @Reference EmployeeGroups groups,
                         @Reference Roles roles) throws Exception {
        views = new ViewRegistry(context);
        contributions = new Contributions(context);
        // started on a thread of its own: Jetty and Vaadin take a moment (loading their classes too), which the
        // thread that activated this component (often the framework's, starting the bundles) should not wait for
        CompletableFuture<Void> started = new CompletableFuture<>();
        Thread starter = new Thread(() -> {
            try {
                contributions.searches.add(new EmployeeSearch(employees));
                contributions.notices.add(new LockedAccountNotices(accounts, java.time.Clock.systemUTC()));
                ConsoleServices.set(new ConsoleServices(authenticator, modules, views, accounts, settings, employees,
                        history, contributions).withAdministration(groups, roles));
                server = new Server(threads());
                start(config);
                started.complete(null);
            } catch (Exception | LinkageError e) {
                LOG.error("The console did not start on port {}: {}", config.port(), e.getMessage(), e);
                started.completeExceptionally(e);
            }
        }, "cairn-console-start");
        starter.start();
        starting = started;
    }

    private static QueuedThreadPool threads() {
        QueuedThreadPool threads = new QueuedThreadPool(50, 4);
        threads.setName("cairn-console");
        return threads;
    }

    private void start(Config config) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        ClassLoader own = ConsoleServer.class.getClassLoader();
        thread.setContextClassLoader(own);
        try {
            ServerConnector connector = new ServerConnector(server);
            connector.setHost(config.host());
            connector.setPort(config.port());
            server.addConnector(connector);

            ServletContextHandler web = new ServletContextHandler(ServletContextHandler.SESSIONS);
            web.setContextPath("/");
            web.setClassLoader(own);
            web.getSessionHandler().setHttpOnly(true);
            web.getSessionHandler().setSameSite(org.eclipse.jetty.http.HttpCookie.SameSite.STRICT);
            ServletHolder vaadin = new ServletHolder(CairnServlet.class);
            vaadin.setInitParameter("productionMode", "true");
            vaadin.setInitParameter("pushMode", "AUTOMATIC");
            vaadin.setAsyncSupported(true);
            web.addServlet(vaadin, "/*");
            JakartaWebSocketServletContainerInitializer.configure(web, null);
            // texts (the page, scripts, styles, JSON of the UI's round trips) travel compressed; push's web socket
            // and images that are compressed already are left as they are
            org.eclipse.jetty.server.handler.gzip.GzipHandler gzip =
                    new org.eclipse.jetty.server.handler.gzip.GzipHandler();
            gzip.setMinGzipSize(512);
            gzip.setIncludedMimeTypes("text/html", "text/css", "text/plain", "text/javascript",
                    "application/javascript", "application/json", "image/svg+xml", "image/x-icon");
            gzip.setHandler(web);
            server.setHandler(gzip);
            server.start();
            // what a servlet container would find by scanning, which it cannot do inside a bundle; the Vaadin
            // servlet itself starts with the first request, once these have run
            new LookupServletContainerInitializer().process(new HashSet<>(Set.of(LookupInitializer.class)),
                    web.getServletContext());
            new VaadinAppShellInitializer().process(new HashSet<>(Set.of(ConsoleAppShell.class)),
                    web.getServletContext());

            VaadinServletContext vaadinContext = new VaadinServletContext(web.getServletContext());
            ApplicationRouteRegistry routes = ApplicationRouteRegistry.getInstance(vaadinContext);
            routes.update(() -> shellRoutes(RouteConfiguration.forRegistry(routes)));
            views.open(vaadinContext, new VaadinCaches(() -> Optional.ofNullable(vaadin.getServletInstance())
                    .map(servlet -> ((CairnServlet) servlet).getService())), ownViews());
            contributions.open();
            ownHelp().forEach(page -> contributions.add(contributions.help, page));
            LOG.info("Console ready at http://{}:{}/", config.host(), config.port());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Deactivate
    void deactivate() throws Exception {
        try {
            starting.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException failed) {
            // reported when it happened
        }
        views.close();
        contributions.close();
        ConsoleServices.set(null);
        if (server != null) {
            server.stop();
            server.join();
        }
        LOG.info("Console stopped");
    }

    /** The console's own views: the administration of the platform. */
    static List<ViewContribution> ownViews() {
        return List.of(builtIn("admin/modules", "modules.title", "CUBES", "platform.modules.read",
                        ModulesView.class),
                builtIn("admin/employees", "employees.title", "USERS", "people.employee.read", EmployeesView.class),
                builtIn("admin/accounts", "accounts.title", "KEY", "people.account.read", AccountsView.class),
                builtIn("admin/groups", "groups.title", "GROUP", "people.group.read", GroupsView.class),
                builtIn("admin/roles", "roles.title", "SHIELD", "people.role.read", RolesView.class),
                builtIn("admin/settings", "settings.global", "COG", "people.settings.manage",
                        GlobalSettingsView.class));
    }

    /** The console's own help pages: how to use the console, and its administration. */
    static List<org.cairncrm.console.HelpPage> ownHelp() {
        return List.of(new org.cairncrm.console.ModuleHelp(Texts.SHELL, "start", "help.start", null,
                        "console/help/start", 0) {
                },
                new org.cairncrm.console.ModuleHelp(Texts.SHELL, "admin", "help.admin", "people.account.read",
                        "console/help/admin", 900) {
                });
    }

    /** The routes of the shell itself. */
    static void shellRoutes(RouteConfiguration configuration) {
        configuration.setRoute("login", LoginView.class);
        configuration.setRoute("password", PasswordView.class, MainLayout.class);
        configuration.setRoute("", HomeView.class, MainLayout.class);
        configuration.setRoute("admin/employees/:id", EmployeeCardView.class, MainLayout.class);
        configuration.setRoute("settings", PersonalSettingsView.class, MainLayout.class);
        configuration.setRoute("help/:page?", HelpView.class, MainLayout.class);
    }

    private static ViewContribution builtIn(String route, String titleKey, String icon, String permission,
                                            Class<? extends Component> type) {
        return new org.cairncrm.console.ModuleView(Texts.SHELL, route, titleKey, icon, permission, type, 100, true) {
            @Override
            public String menuGroup() {
                return Texts.get("menu.admin");
            }
        };
    }

}
