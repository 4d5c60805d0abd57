package io.newsstream.deploy.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsstream.core.article.EnrichedArticle;
import io.newsstream.core.article.Entity;
import io.newsstream.core.article.EntityType;
import io.newsstream.core.json.Json;
import io.newsstream.core.testing.Await;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sink's web page in a real browser (headless Chromium driven by Selenium) over the whole pipeline fed with the
 * bundled sample articles: search, an article with its entities highlighted, the entity and stance charts, and an
 * article arriving on the live tab, with no JavaScript error. Screenshots of each view go to
 * {@code target/screenshots}. Skipped where Debian's {@code chromium} and {@code chromium-driver} are not installed
 * ({@code .ci/run} installs them).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebPageBrowserTest {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("NEWSSTREAM_CHROMIUM", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER =
            Path.of(System.getenv().getOrDefault("NEWSSTREAM_CHROMEDRIVER", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    static Path dataDir;

    private EndToEndPipeline running;
    private List<EnrichedArticle> stored;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void startPipelineAndBrowser() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "no browser: install Debian's chromium and chromium-driver (" + CHROMIUM + ", " + CHROMEDRIVER
                        + ", or set NEWSSTREAM_CHROMIUM and NEWSSTREAM_CHROMEDRIVER) to run the web page test");
        running = EndToEndPipeline.start(dataDir);
        SampleRun.Result result = new SampleRun(running.client(), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8)).run(SampleArticles.load(), EndToEndPipeline.STORE_TIMEOUT);
        assertThat(result.problems()).isEmpty();
        stored = result.stored();

        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1400");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
        wait = new WebDriverWait(browser, WAIT);
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (running != null) {
            running.close();
        }
    }

    @Test
    @Order(1)
    void searchListsWhatTheApiFindsAndPagesOn() throws Exception {
        open("#search");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result-count"), "shown"));
        // 24 samples, 20 per page: the first page and a button for the rest.
        assertThat(browser.findElements(By.cssSelector("#results li"))).hasSize(20);
        browser.findElement(By.id("more")).click();
        wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#results li"), stored.size()));
        assertThat(browser.findElement(By.id("result-count")).getText()).isEqualTo(stored.size() + " articles shown.");

        // Stored is not yet searchable: the sink's indexer makes articles searchable shortly after it stores them.
        Await.until(() -> searchCount("ceasefire") > 0, "the samples about a ceasefire to be searchable");
        open("#search/q=ceasefire");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("result-count"), "shown"));
        int found = searchCount("ceasefire");
        assertThat(found).as("samples about a ceasefire").isPositive();
        assertThat(browser.findElements(By.cssSelector("#results li"))).hasSize(found);
        assertThat(browser.findElement(By.id("result-count")).getText()).startsWith(found + " article");
        assertThat(browser.findElement(By.name("q")).getAttribute("value")).isEqualTo("ceasefire");
        screenshot("search");
    }

    @Test
    @Order(2)
    void anArticleShowsItsEntitiesHighlightedFromTheirSpans() throws Exception {
        EnrichedArticle article = stored.stream()
                .filter(a -> a.entities().stream().anyMatch(e -> e.type() == EntityType.PERSON && !e.spans().isEmpty()))
                .max(Comparator.comparingInt(a -> a.stances().size())).orElseThrow();
        Entity person = article.entities().stream()
                .filter(e -> e.type() == EntityType.PERSON && !e.spans().isEmpty()).findFirst().orElseThrow();
        open("#article/" + article.id());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("article-title"), article.title()));

        List<WebElement> marked = browser.findElements(By.cssSelector("#article-body a.entity.PERSON"));
        String spanText = article.body().substring(person.spans().get(0).start(), person.spans().get(0).end());
        assertThat(marked).extracting(WebElement::getText).contains(spanText);
        assertThat(marked).extracting(e -> e.getAttribute("title")).contains(person.name() + " (PERSON)");
        if (!article.stances().isEmpty()) {
            assertThat(browser.findElements(By.cssSelector("#article-body mark.evidence"))).isNotEmpty();
        }
        screenshot("article");
        // Keyboard: an entity is a link, reached with Tab, that opens the entity view.
        marked.get(0).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("#entity/"));
    }

    @Test
    @Order(3)
    void theEntityViewDrawsArticlesOverTimeAndPortrayalByOutlet() throws Exception {
        String person = stored.stream().flatMap(a -> a.entityStances().stream()).findFirst().orElseThrow().entity();
        open("#entity/" + encode(person));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#entity-portrayal svg rect")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#entity-volume svg rect")));
        assertThat(browser.findElement(By.id("entity-name")).getText()).isEqualTo(person);
        assertThat(browser.findElements(By.cssSelector("#entity-articles li"))).isNotEmpty();
        screenshot("entity");
    }

    @Test
    @Order(4)
    void theStanceViewDrawsLabelsOverTimeAndByOutlet() throws Exception {
        String target = stored.stream().flatMap(a -> a.stances().stream()).findFirst().orElseThrow().target();
        open("#stance/" + encode(target));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#stance-time svg rect")));
        assertThat(browser.findElements(By.cssSelector("#stance-outlets svg rect"))).isNotEmpty();
        screenshot("stance");
    }

    @Test
    @Order(5)
    void theCountEveryCopySwitchCountsACopyTheDefaultLeavesOutAndStaysInTheUrl() throws Exception {
        EnrichedArticle original = stored.stream().filter(a -> !a.stances().isEmpty()).findFirst().orElseThrow();
        String target = original.stances().get(0).target();
        open("#stance/" + encode(target));
        int before = stanceTotal();

        String copyId = running.client().post(Map.of("url", "https://www.bbc.co.uk/news/world-copy-" + original.id(),
                "title", "As published elsewhere: " + original.title(),
                "text", original.body() + "\n\nThis article was first published by another outlet.")).acceptedId()
                .orElseThrow();
        assertThat(running.awaitStored(copyId).duplicateOf()).as("the copy's duplicateOf").isEqualTo(original.id());
        open("#stance/" + encode(target));
        browser.navigate().refresh();
        assertThat(stanceTotal()).as("articles by label and outlet, each near-duplicate group once").isEqualTo(before);

        browser.findElement(By.cssSelector("#stance-form input[name=count]")).click();
        wait.until(ExpectedConditions.urlContains("count=articles"));
        wait.until(driver -> stanceTotal() == before + 1);
        screenshot("stance-every-copy");
        // Reopened from the URL, the view keeps the switch on.
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#stance-outlets svg rect")));
        assertThat(browser.findElement(By.cssSelector("#stance-form input[name=count]")).isSelected()).isTrue();
        assertThat(stanceTotal()).isEqualTo(before + 1);
    }

    @Test
    @Order(6)
    void theLiveTabShowsAnArticleAsItIsStored() throws Exception {
        open("#live");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("live-state"), "Connected"));
        String title = "Harbour <b>pilots</b> & \"tugs\" strike at dawn";
        String id = running.client().post(Map.of("title", title, "text", "Harbour pilots and tug crews walked out"
                + " in Lindmoor on Tuesday, the port authority said, according to Reuters.")).acceptedId().orElseThrow();
        running.awaitStored(id);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("live-articles"), title));
        // The markup in the title is shown as text, not parsed.
        assertThat(browser.findElements(By.cssSelector("#live-articles b"))).isEmpty();
        screenshot("live");
    }

    @Test
    @Order(7)
    void noViewLoggedAJavaScriptError() {
        assertThat(browser.manage().logs().get(LogType.BROWSER).getAll())
                .filteredOn(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .extracting(LogEntry::getMessage).isEmpty();
    }

    private void open(String fragment) throws Exception {
        String url = running.pipeline().sinkUrl() + "/" + fragment;
        browser.get(url);
        if (!"newsstream".equals(browser.getTitle())) {
            screenshot("failed-" + fragment.replaceAll("[^a-z]", ""));
            throw new AssertionError("the page did not load from " + url + ": " + browser.getCurrentUrl() + " "
                    + browser.getPageSource().substring(0, Math.min(500, browser.getPageSource().length())));
        }
    }

    // The stance view's outlet chart, once drawn: the sum of its bars' totals.
    private int stanceTotal() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#stance-outlets svg rect")));
        return ((Number) browser.executeScript("return [...document.querySelectorAll('#stance-outlets text.total')]"
                + ".reduce((sum, total) => sum + Number(total.textContent), 0);")).intValue();
    }

    // What the API itself finds, the figure the page must show.
    private int searchCount(String words) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                running.pipeline().sinkUrl() + "/v1/articles?limit=200&q=" + encode(words))).build(),
                HttpResponse.BodyHandlers.ofString());
        return Json.mapper().readTree(answer.body()).path("items").size();
    }

    private void screenshot(String view) throws Exception {
        Files.write(SCREENSHOTS.resolve(view + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
