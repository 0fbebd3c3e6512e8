package org.cairncrm.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console in a real headless Chromium against the real distribution: the first administrator signs in, must
 * choose a new password, sees the administration view in the menu, and a module's view appears in the open page
 * when its feature is installed and vanishes (the page going home) when it is removed. Screenshots go to
 * {@code target/screenshots/}.
 */
class ConsoleIT {

    private static final Path SHOTS = Path.of("target/screenshots");
    private static final String NEW_PASSWORD = "Console-Owner-2026";

    @Test
    void aModulesViewComesAndGoesInAnOpenConsolePage() throws Exception {
        String version = System.getProperty("cairn.version");
        Path archive = Path.of(System.getProperty("cairn.distribution"));
        Files.createDirectories(SHOTS);
        try (Server server = Server.unpack(archive, Path.of("target/console-server"), 30000)) {
            server.start();
            server.http().await("/health", 200, 180);
            String initial = FirstAdmin.initialPassword(server.home.resolve("data"));
            FirstAdmin.awaitSignIn(server.http().as("admin", initial));
            WebDriver browser = Chromium.start(1280, 900);
            try {
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
                long start = System.nanoTime();
                browser.get(server.console());
                WebElement login = wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("#vaadinLoginUsername input")));
                long firstPageMillis = (System.nanoTime() - start) / 1_000_000;
                Files.writeString(Path.of("target/console-first-page.txt"), firstPageMillis + " ms\n");
                shot(browser, "01-sign-in");

                // a wrong password is refused on the form
                login.sendKeys("admin");
                browser.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys("Wrong-pass-2026\n");
                wait.until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "return document.querySelector('vaadin-login-overlay').error")));
                shot(browser, "02-refused");

                // the first password works, and must be replaced before anything else
                WebElement password = browser.findElement(By.cssSelector("#vaadinLoginPassword input"));
                password.clear();
                password.sendKeys(initial + "\n");
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#current-password input")))
                        .sendKeys(initial);
                shot(browser, "03-must-change-password");
                browser.findElement(By.cssSelector("#new-password input")).sendKeys(NEW_PASSWORD);
                browser.findElement(By.cssSelector("#repeat-password input")).sendKeys(NEW_PASSWORD);
                browser.findElement(By.id("save-password")).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home")));
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id("menu-admin-modules")));
                shot(browser, "04-home");
                assertEquals(200, server.http().as("admin", NEW_PASSWORD).get("/people/me").status());

                // the administration view lists the modules
                browser.findElement(By.id("menu-admin-modules")).click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("modules"), "people"));
                shot(browser, "05-modules");

                // Help on an administration view opens the administration's page of the built-in guide; its list
                // has the installed modules' pages, and a link in a page opens that view of the console
                browser.findElement(By.id("help-button")).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//div[@id='help-content']//h1[text()='Administration']")));
                for (String page : new String[] {"start", "contacts", "journal", "tasks", "admin"}) {
                    assertTrue(browser.findElements(By.id("help-page-" + page)).size() == 1, page);
                }
                browser.findElement(By.id("help-page-contacts")).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//div[@id='help-content']//h1[text()='Contacts']")));
                shot(browser, "05-help-contacts");
                browser.findElement(By.xpath("//div[@id='help-content']//a[text()='Companies']")).click();
                wait.until(ExpectedConditions.urlContains("/contacts/companies"));
                browser.navigate().back();
                wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//div[@id='help-content']//h1[text()='Contacts']")));
                browser.findElement(By.id("menu-admin-modules")).click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("modules"), "people"));

                // the employees list opens an employee's card; a wrong value is named next to its field, a right
                // one is saved and shows in the history tab
                browser.findElement(By.id("menu-admin-employees")).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//vaadin-grid-cell-content[text()='Administrator']"))).click();
                WebElement position = wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("#position input")));
                WebElement nameDay = browser.findElement(By.cssSelector("#nameDay input"));
                nameDay.sendKeys("13-45");
                browser.findElement(By.id("save")).click();
                wait.until(d -> d.findElement(By.id("nameDay")).getDomAttribute("invalid") != null);
                shot(browser, "05a-employee-field-error");
                nameDay.clear();
                nameDay.sendKeys("06-24");
                position.sendKeys("Owner");
                browser.findElement(By.id("save")).click();
                Http admin = server.http().as("admin", NEW_PASSWORD);
                wait.until(d -> "Owner".equals(admin.get("/people/employees/1").json().path("position").asText()));
                assertEquals("06-24", admin.get("/people/employees/1").json().path("nameDay").asText());
                browser.navigate().refresh();
                wait.until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//vaadin-tab[contains(., 'History')]"))).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//vaadin-grid-cell-content[text()='Owner']")));
                shot(browser, "05b-employee-history");

                // the global search finds the employee and opens the card
                browser.findElement(By.cssSelector("#global-search input")).sendKeys("Cairn\n");
                wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//vaadin-button[contains(., 'Cairn Administrator')]")));
                shot(browser, "05-search");
                browser.findElement(By.xpath("//vaadin-button[contains(., 'Cairn Administrator')]")).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#position input")));

                // accounts, groups, roles and grants
                browser.findElement(By.id("menu-admin-accounts")).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//vaadin-grid-cell-content[text()='Cairn Administrator']")));
                shot(browser, "05c-accounts");
                browser.findElement(By.id("menu-admin-roles")).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//vaadin-grid-cell-content[text()='Administrator']"))).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//vaadin-grid[@id='grants']//vaadin-grid-cell-content[text()='admin']")));
                shot(browser, "05d-roles");
                browser.findElement(By.id("new-role")).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#role-name input")))
                        .sendKeys("night-clerk");
                browser.findElement(By.cssSelector("#role-label input")).sendKeys("Night clerk");
                browser.findElement(By.id("save-role")).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//vaadin-grid-cell-content[text()='night-clerk']"))).click();
                browser.findElement(By.cssSelector("#grant-account input")).sendKeys("admin");
                wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//vaadin-combo-box-item[contains(., 'admin')]"))).click();
                browser.findElement(By.id("grant")).click();
                long nightClerk = admin.get("/people/roles?q=night").json().path("items").get(0).path("id").asLong();
                wait.until(d -> admin.get("/people/grants?roleId=" + nightClerk).json().path("total").asInt() == 1);
                shot(browser, "05d-role-granted");
                browser.findElement(By.id("menu-admin-groups")).click();
                wait.until(ExpectedConditions.elementToBeClickable(By.id("new-group"))).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#group-name input")))
                        .sendKeys("Night shift");
                browser.findElement(By.id("save-group")).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//vaadin-grid-cell-content[text()='Night shift']")));
                assertEquals(1, admin.get("/people/groups?q=Night").json().path("total").asInt());
                // the same name again is refused next to the field
                browser.findElement(By.id("new-group")).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#group-name input")))
                        .sendKeys("night SHIFT");
                browser.findElement(By.id("save-group")).click();
                wait.until(d -> d.findElement(By.id("group-name")).getDomAttribute("invalid") != null);
                shot(browser, "05f-group-name-taken");
                browser.findElement(By.xpath("//vaadin-button[contains(., 'Cancel')]")).click();
                // a group is deleted after a confirmation
                browser.findElement(By.xpath("//vaadin-grid-cell-content[text()='Night shift']")).click();
                wait.until(ExpectedConditions.elementToBeClickable(By.id("delete-group"))).click();
                wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-yes"))).click();
                wait.until(ExpectedConditions.invisibilityOfElementLocated(
                        By.xpath("//vaadin-grid-cell-content[text()='Night shift']")));
                assertEquals(0, admin.get("/people/groups?q=Night").json().path("total").asInt());

                // a new employee, then an account for her, whose first password she must replace
                browser.findElement(By.id("menu-admin-employees")).click();
                wait.until(ExpectedConditions.elementToBeClickable(By.id("new-employee"))).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#new-first-name input")))
                        .sendKeys("Nora");
                browser.findElement(By.cssSelector("#new-last-name input")).sendKeys("Night");
                browser.findElement(By.id("save-employee")).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//h2[text()='Nora Night']")));
                browser.findElement(By.id("menu-admin-accounts")).click();
                wait.until(ExpectedConditions.elementToBeClickable(By.id("new-account"))).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#new-login input")))
                        .sendKeys("nora");
                browser.findElement(By.cssSelector("#new-account-employee input")).sendKeys("Nora");
                wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//vaadin-combo-box-item[contains(., 'Nora Night')]"))).click();
                browser.findElement(By.cssSelector("#new-password input")).sendKeys("Night-pass-2026");
                browser.findElement(By.id("save-account")).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//vaadin-grid-cell-content[text()='nora']")));
                Http nora = server.http().as("nora", "Night-pass-2026");
                wait.until(d -> nora.get("/people/me").status() == 200);
                assertTrue(nora.get("/people/me").json().path("mustChangePassword").asBoolean());
                shot(browser, "05g-new-account");
                // an administrator sets a new password: the old one stops working
                browser.findElement(By.cssSelector("#accounts #list-search input")).sendKeys("nora");
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#accounts #list-count"),
                        "1 rows"));
                browser.findElement(By.xpath("//vaadin-grid-cell-content[text()='nora']")).click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#accounts #list-count"),
                        "1 marked"));
                browser.findElement(By.id("reset-password")).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("#reset-password-value input"))).sendKeys("Reset-pass-2026");
                browser.findElement(By.id("save-reset")).click();
                wait.until(d -> server.http().as("nora", "Reset-pass-2026").get("/people/me").status() == 200);
                assertEquals(401, nora.get("/people/me").status());

                // global and personal settings, with the value checked next to the field
                browser.findElement(By.id("menu-admin-settings")).click();
                WebElement company = wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("#setting-platform-companyName input")));
                company.sendKeys("Anvil Ltd");
                browser.findElement(By.id("save-settings")).click();
                wait.until(d -> "Anvil Ltd".equals(admin.get("/people/settings/platform.companyName").json()
                        .path("value").asText()));
                browser.get(server.console() + "settings");
                WebElement pageSize = wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("#setting-ui-pageSize input")));
                pageSize.sendKeys("1000");
                browser.findElement(By.id("save-settings")).click();
                wait.until(d -> d.findElement(By.id("setting-ui-pageSize")).getDomAttribute("invalid") != null);
                shot(browser, "05e-personal-settings-error");
                pageSize.clear();
                pageSize.sendKeys("50");
                browser.findElement(By.id("save-settings")).click();
                wait.until(d -> "PERSONAL".equals(admin.get("/people/settings/ui.pageSize").json()
                        .path("source").asText()));
                assertEquals("50", admin.get("/people/settings/ui.pageSize").json().path("value").asText());

                // an account locked by wrong passwords shows under the bell, which leads to the accounts
                Http wrongNora = server.http().as("nora", "Wrong-pass-2026");
                for (int attempt = 0; attempt < 5; attempt++) {
                    assertEquals(401, wrongNora.get("/people/me").status());
                }
                browser.get(server.console());
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("notice-count"), "1"));
                browser.findElement(By.id("notifications")).click();
                WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//vaadin-button[contains(., 'Account nora is locked')]")));
                shot(browser, "05h-notices");
                notice.click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accounts")));

                // an employee with an account cannot be deleted; once the account is gone, she can
                long noraId = admin.get("/people/employees?q=Nora").json().path("items").get(0).path("id").asLong();
                browser.get(server.console() + "admin/employees/" + noraId);
                wait.until(ExpectedConditions.elementToBeClickable(By.id("delete"))).click();
                wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-yes"))).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(
                        By.xpath("//vaadin-notification-card[contains(., 'account')]")));
                shot(browser, "05i-employee-with-account-kept");
                assertEquals(200, admin.get("/people/employees/" + noraId).status());
                browser.get(server.console() + "admin/accounts");
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#accounts #list-search input")))
                        .sendKeys("nora");
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#accounts #list-count"),
                        "1 rows"));
                browser.findElement(By.xpath("//vaadin-grid-cell-content[text()='nora']")).click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#accounts #list-count"),
                        "1 marked"));
                browser.findElement(By.id("delete-accounts")).click();
                wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-yes"))).click();
                wait.until(d -> admin.get("/people/accounts?q=nora").json().path("total").asInt() == 0);
                browser.get(server.console() + "admin/employees/" + noraId);
                wait.until(ExpectedConditions.elementToBeClickable(By.id("delete"))).click();
                wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-yes"))).click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("new-employee")));
                assertEquals(404, admin.get("/people/employees/" + noraId).status());
                shot(browser, "05j-employee-deleted");

                // contacts: a CSV file from Polish Excel is imported, with its wrong row reported; the diacritic-less
                // search finds the company and opens its card
                Path firms = Files.createTempFile("firmy", ".csv");
                Files.write(firms, ("Nazwa;NIP;Miejscowość;Telefon\nHurtownia Łódzka;111-222-33-44;Łódź;+48 42 555 66 77\n"
                        + ";;Kraków;\nKwiaciarnia Róża;555-666-77-88;Gdańsk;\n")
                        .getBytes(java.nio.charset.Charset.forName("windows-1250")));
                browser.get(server.console() + "contacts/import");
                WebElement file = wait.until(d -> (WebElement) ((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("var u = document.querySelector('#import-upload'); if (!u) return null; "
                                + "return u.querySelector('input[type=file]') || (u.shadowRoot "
                                + "&& u.shadowRoot.querySelector('input[type=file]'));"));
                file.sendKeys(firms.toString());
                WebElement importStart = wait.until(ExpectedConditions.elementToBeClickable(By.id("import-start")));
                shot(browser, "05k-import-preview");
                ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                        "arguments[0].scrollIntoView({block: 'center'});", importStart);
                importStart.click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-report"),
                        "3 rows: 2 added, 0 updated, 0 skipped, 1 refused."));
                shot(browser, "05l-import-report");
                browser.get(server.console() + "contacts/companies");
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#companies #list-search input")))
                        .sendKeys("lodz");
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#companies #list-count"),
                        "1 rows"));
                browser.findElement(By.xpath("//vaadin-grid-cell-content[text()='Hurtownia Łódzka']")).click();
                wait.until(ExpectedConditions.attributeToBe(By.cssSelector("#registeredAddress-city input"), "value",
                        "Łódź"));
                shot(browser, "05m-company-card");

                // three open pages: an employee's card, the employees list and the start page
                browser.get(server.console() + "admin/employees/1");
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#position input")));
                String cardPage = browser.getWindowHandle();
                browser.switchTo().newWindow(WindowType.TAB).get(server.console() + "admin/employees");
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#employees #mark-all")));
                String listPage = browser.getWindowHandle();
                browser.switchTo().newWindow(WindowType.TAB).get(server.console());
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home")));
                String homePage = browser.getWindowHandle();
                assertTrue(browser.findElements(By.id("itest-items-card")).isEmpty());

                // a module's view, dashboard card, card tab and list action appear in the open pages when its
                // feature is installed ...
                String installed = server.client("admin", NEW_PASSWORD,
                        "feature:repo-add mvn:org.cairncrm/cairn-itest-features/" + version + "/xml/features\n"
                                + "feature:install cairn-itest-ui");
                WebElement entry = new WebDriverWait(browser, Duration.ofSeconds(90)).until(
                        ExpectedConditions.presenceOfElementLocated(By.id("menu-itest-items")));
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("itest-items-card")));
                shot(browser, "06-module-installed");

                browser.switchTo().window(cardPage);
                wait.until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//vaadin-tab[contains(., 'Items')]"))).click();
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("itest-items-tab"),
                        "Items kept for employee 1."));
                shot(browser, "06a-module-tab");

                browser.switchTo().window(listPage);
                WebElement count = wait.until(ExpectedConditions.elementToBeClickable(
                        By.xpath("//vaadin-button[contains(., 'Count items')]")));
                browser.findElement(By.cssSelector("#employees #mark-all")).click();
                count.click();
                int employees = admin.get("/people/employees").json().path("total").asInt();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                        "//vaadin-notification-card[contains(., '" + employees + " employees counted')]")));
                shot(browser, "06b-module-action");

                browser.switchTo().window(homePage);
                entry.click();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("itest-items")));
                shot(browser, "07-module-view");
                assertTrue(browser.getCurrentUrl().endsWith("/itest/items"), browser.getCurrentUrl() + installed);

                // ... and vanish when it is removed: the page on its view goes home, the others stay where they are
                server.client("admin", NEW_PASSWORD, "feature:uninstall cairn-itest-ui");
                new WebDriverWait(browser, Duration.ofSeconds(60)).until(
                        ExpectedConditions.invisibilityOfElementLocated(By.id("menu-itest-items")));
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("home")));
                assertTrue(browser.findElements(By.id("itest-items-card")).isEmpty());
                shot(browser, "08-module-removed");
                assertTrue(browser.findElements(By.id("itest-items")).isEmpty());
                browser.switchTo().window(cardPage);
                wait.until(ExpectedConditions.invisibilityOfElementLocated(
                        By.xpath("//vaadin-tab[contains(., 'Items')]")));
                assertTrue(browser.findElements(By.id("itest-items-tab")).isEmpty());
                assertTrue(browser.getCurrentUrl().endsWith("/admin/employees/1"), browser.getCurrentUrl());
                shot(browser, "08a-module-tab-removed");
                browser.switchTo().window(listPage);
                wait.until(ExpectedConditions.invisibilityOfElementLocated(
                        By.xpath("//vaadin-button[contains(., 'Count items')]")));
                shot(browser, "08b-module-action-removed");
                assertTrue(firstPageMillis > 0);

                // no class of the removed bundle stays loaded, although this session showed its view
                assertUnloaded(server, "org.cairncrm.itest.ui.");
            } finally {
                browser.quit();
            }
        }
    }

    /**
     * Waits up to a minute, with full collections, for every class whose name starts with {@code prefix} to be
     * unloaded; if some stay, leaves a heap dump in {@code target/} to find what holds them.
     */
    private static void assertUnloaded(Server server, String prefix) throws Exception {
        String loaded = "";
        for (int attempt = 0; attempt < 12; attempt++) {
            server.jcmd("GC.run");
            loaded = server.jcmd("VM.class_hierarchy").lines().filter(l -> l.contains(prefix))
                    .collect(java.util.stream.Collectors.joining("\n"));
            if (loaded.isEmpty()) {
                return;
            }
            Thread.sleep(5000);
        }
        Path dump = Path.of("target/console-leak.hprof").toAbsolutePath();
        Files.deleteIfExists(dump);
        server.jcmd("GC.heap_dump", dump.toString());
        throw new AssertionError("still loaded (heap dump in " + dump + "):\n" + loaded);
    }

    private static void shot(WebDriver browser, String name) throws IOException {
        Files.write(SHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
