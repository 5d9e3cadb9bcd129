package org.sitrep.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web map in a real browser (Debian's chromium and chromium-driver, headless): the seed's markers appear, the
 * timeline brush filters them, a click shows the evidence in its document, a report stored meanwhile appears live,
 * and a report carrying markup shows it as text. Screenshots go to target/browser/.
 */
class BrowserIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static SeededServer seeded;
    private static ChromeDriver browser;
    private static Path userData;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests need /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver; .ci/run does)");
        seeded = SeededServer.get();
        userData = Files.createTempDirectory("sitrep-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toString()).addArguments("--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--window-size=1400,900", "--user-data-dir=" + userData);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theSeedsMarkersAppearTheBrushFiltersThemAndAClickShowsTheEvidence() throws Exception {
        browser.get(seeded.url("/"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> count("loaded") >= 8);
        int loaded = count("loaded");
        assertEquals(loaded, count("visible"));
        wait.until(d -> !d.findElements(By.cssSelector(".sitrep-marker, .marker-cluster")).isEmpty());
        wait.until(d -> !d.findElements(By.cssSelector("#histogram rect.bar")).isEmpty());
        wait.until(d -> !d.findElements(By.cssSelector("path.leaflet-interactive, .leaflet-overlay-pane path")).isEmpty());
        screenshot("map.png");

        // the seed's events run from early to mid September 2016: the left third of the timeline holds some, not all
        WebElement histogram = browser.findElement(By.id("histogram"));
        int width = histogram.getSize().getWidth();
        new Actions(browser).moveToElement(histogram, -width / 2 + 2, 0).clickAndHold()
                .moveByOffset(width / 3, 0).release().perform();
        wait.until(d -> count("visible") < loaded);
        assertTrue(count("visible") > 0, "the brushed days hold events");
        assertTrue(browser.findElement(By.id("brush-label")).getText().startsWith("dates 2016-"), "the brush starts at the first day");
        screenshot("brushed.png");
        browser.findElement(By.id("brush-clear")).click();
        wait.until(d -> count("visible") == loaded);

        WebElement marker = reachAMarker(wait);
        String id = marker.getAttribute("data-id");
        marker.click();
        wait.until(d -> d.findElement(By.id("event-panel")).isDisplayed());
        wait.until(d -> !d.findElements(By.cssSelector("#document-text mark.evidence")).isEmpty());
        JsonNode event = Http.get(seeded.url("/api/events/" + id)).json();
        assertTrue(browser.findElement(By.id("event-title")).getText().startsWith(id));
        String evidence = browser.findElement(By.cssSelector("#document-text mark.evidence")).getText();
        assertEquals(event.get("sources").get(0).get("evidence").asText().strip(), evidence.strip());
        screenshot("event.png");
    }

    @Test
    void aReportArrivesLiveAndItsMarkupIsShownAsTextNeverRun() throws Exception {
        browser.get(seeded.url("/"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> count("loaded") >= 8 && d.findElement(By.id("live")).getText().equals("live"));
        int before = count("loaded");
        String text = "On 20 March 2017, a car bomb killed 7 people in Raqqa <script>document.title='pwned'</script> "
                + "<img src=x onerror=\"document.title='pwned'\"> according to activists.";
        String body = Http.JSON.writeValueAsString(java.util.Map.of("text", text, "published", "2017-03-21",
                "source", "Hostile <b>Agency</b>", "title", "<script>alert(1)</script>"));
        Http.Reply stored = Http.post(seeded.url("/api/documents"), SeededServer.TOKEN, body);
        assertEquals(201, stored.status(), stored.body());
        String documentId = stored.json().get("document_id").asText();
        JsonNode document = Http.get(seeded.url("/api/documents/" + documentId)).json();
        String eventId = document.get("evidence").get(0).get("event_id_cnty").asText();

        wait.until(d -> count("loaded") == before + 1);
        assertTrue(browser.findElement(By.id("live")).getText().startsWith("live: " + eventId), "the live line names it");

        browser.get(seeded.url("/#event=" + eventId));
        wait.until(d -> d.findElement(By.id("document-text")).getText().contains("Raqqa"));
        WebElement shown = browser.findElement(By.id("document-text"));
        assertTrue(shown.getText().contains("<script>document.title='pwned'</script>"), shown.getText());
        assertTrue(shown.getText().contains("<img src=x onerror="), shown.getText());
        assertTrue(shown.findElements(By.tagName("img")).isEmpty());
        assertTrue(shown.findElements(By.tagName("script")).isEmpty());
        assertTrue(browser.findElement(By.id("event-sources")).getText().contains("Hostile <b>Agency</b>"));
        assertTrue(browser.findElement(By.id("event-sources")).findElements(By.tagName("b")).isEmpty());
        assertTrue(browser.findElement(By.id("document-meta")).getText().contains("<script>alert(1)</script>"));
        assertNotEquals("pwned", browser.getTitle());
        screenshot("markup-as-text.png");
    }

    /** A marker of an event, zooming into clusters until one shows. */
    private static WebElement reachAMarker(WebDriverWait wait) {
        for (int attempt = 0; attempt < 6; attempt++) {
            List<WebElement> markers = browser.findElements(By.cssSelector(".sitrep-marker")).stream().filter(WebElement::isDisplayed).toList();
            if (!markers.isEmpty()) {
                return markers.get(0);
            }
            browser.findElement(By.cssSelector(".marker-cluster")).click();
            try {
                Thread.sleep(800);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        throw new AssertionError("no marker became visible");
    }

    private static int count(String which) {
        return Integer.parseInt(browser.findElement(By.tagName("body")).getAttribute("data-" + which));
    }

    private static void screenshot(String name) throws Exception {
        Path folder = Path.of(System.getProperty("sitrep.artefacts", "target/browser"));
        Files.createDirectories(folder);
        Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
