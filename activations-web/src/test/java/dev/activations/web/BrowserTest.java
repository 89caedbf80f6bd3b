package dev.activations.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.activations.Activation;
import dev.activations.Activations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in real headless Chromium: what it draws is what the library computes, training
 * runs and reproduces from its link, and bad input shows an error without breaking the page.
 * Screenshots of every view go to docs/explorer; measured latencies and update rates to
 * target/explorer-measurements.txt.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Explorer server;
  private static ChromeDriver driver;
  private static final List<String> measured = new ArrayList<>();

  @BeforeAll
  static void start() {
    driver = Browser.open(1280, 1000);
    server = Explorer.start(ExplorerOptions.defaults().withPort(0));
  }

  @AfterAll
  static void stop() throws Exception {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.close();
    }
    if (!measured.isEmpty()) {
      Files.createDirectories(Path.of("target"));
      Files.write(Path.of("target", "explorer-measurements.txt"), measured);
    }
  }

  private static JsonNode js(String expression) throws Exception {
    Object v = driver.executeScript("return JSON.stringify(" + expression + ")");
    return v == null ? null : JSON.readTree((String) v);
  }

  private static void until(String condition, int seconds) {
    new WebDriverWait(driver, Duration.ofSeconds(seconds)).until(d ->
        Boolean.TRUE.equals(driver.executeScript("try { return !!(" + condition + "); }"
            + " catch (e) { return false; }")));
  }

  /** Every drawn point of a curve is the library's float32 value at that float x. */
  private static void assertCurveIsTheLibrarys(JsonNode curve, String expectedSpec) {
    Activation f = Activations.of(expectedSpec);
    assertThat(curve.get("spec").asText()).isEqualTo(f.spec());
    JsonNode x = curve.get("x");
    assertThat(x.size()).isEqualTo(801);
    for (int i = 0; i < x.size(); i++) {
      float xi = (float) x.get(i).asDouble();
      assertThat((float) curve.get("f").get(i).asDouble()).as("f(%s)", xi).isEqualTo(f.value(xi));
      assertThat((float) curve.get("df").get(i).asDouble()).as("f'(%s)", xi)
          .isEqualTo(f.derivative(xi));
    }
  }

  @Test
  @Order(1)
  void geluSwitchAndASliderRedrawTheLibrarysCurves() throws Exception {
    driver.get(server.url());
    until("window.explorer.curves && window.explorer.curves.gelu", 30);
    assertCurveIsTheLibrarys(js("window.explorer.curves.gelu"), "gelu(approximate=none)");

    WebElement approximate = driver.findElement(
        By.cssSelector(".card[data-name=gelu] .param[data-param=approximate] select"));
    new Select(approximate).selectByVisibleText("tanh");
    until("window.explorer.curves.gelu.spec.includes('tanh')", 10);
    assertCurveIsTheLibrarys(js("window.explorer.curves.gelu"), "gelu(approximate=tanh)");

    // compare mode: gelu and elu together; elu's alpha slider moved by the keyboard
    driver.findElement(By.id("compare")).click();
    driver.findElement(By.cssSelector(".chip[data-name=elu]")).click();
    until("window.explorer.curves.elu", 10);
    WebElement slider = driver.findElement(
        By.cssSelector(".card[data-name=elu] .param[data-param=alpha] input[type=range]"));
    driver.executeScript("window.explorer.latencies = []");
    for (int i = 0; i < 20; i++) {
      slider.sendKeys(Keys.ARROW_RIGHT);
    }
    until("window.explorer.curves.elu.spec !== 'elu(alpha=1.0)'"
        + " && window.explorer.latencies.length >= 1", 10);
    Thread.sleep(500);
    JsonNode elu = js("window.explorer.curves.elu");
    String spec = elu.get("spec").asText();
    double alpha = Double.parseDouble(spec.replaceAll(".*alpha=([-0-9.Ee]+).*", "$1"));
    assertThat(alpha).isGreaterThan(1.0);
    assertCurveIsTheLibrarys(elu, spec);
    assertThat(js("window.explorer.drawn").toString()).contains("gelu", "elu");
    JsonNode lat = js("window.explorer.latencies");
    List<Double> ms = new ArrayList<>();
    lat.forEach(n -> ms.add(n.asDouble()));
    ms.sort(null);
    measured.add("slider-to-curve latency (ms, " + ms.size() + " slider moves): median "
        + ms.get(ms.size() / 2) + ", max " + ms.get(ms.size() - 1));

    // the hover read-out comes from the kernels too
    WebElement canvas = driver.findElement(By.id("curve-chart"));
    new Actions(driver).moveToElement(canvas, 100, 0).perform();
    until("window.explorer.readout && window.explorer.readout.length === 2", 10);
    assertThat(js("window.explorer.readout").toString()).contains("f(x) =", "f′(x) =",
        "float32");
    Browser.screenshot(driver, "functions.png");
  }

  @Test
  @Order(2)
  void aBadParameterShowsAnErrorAndThePageKeepsWorking() throws Exception {
    driver.get(server.url() + "#functions");
    driver.navigate().refresh();
    until("window.explorer.curves && window.explorer.curves.gelu", 30);
    driver.findElement(By.cssSelector(".chip[data-name=celu]")).click();
    until("window.explorer.curves.celu", 10);
    WebElement field = driver.findElement(
        By.cssSelector(".card[data-name=celu] .param[data-param=alpha] input[type=number]"));
    field.clear();
    field.sendKeys("0");
    until("window.explorer.curveError", 10);
    WebElement error = driver.findElement(By.id("curve-error"));
    assertThat(error.isDisplayed()).isTrue();
    assertThat(error.getText()).contains("alpha").contains("outside its domain");
    Browser.screenshot(driver, "functions-error.png");
    // the last good curve stays; a good value clears the error
    assertThat(js("window.explorer.curves.celu.spec").asText()).isEqualTo("celu(alpha=1.0)");
    field.clear();
    field.sendKeys("2");
    until("!window.explorer.curveError", 10);
    assertCurveIsTheLibrarys(js("window.explorer.curves.celu"), "celu(alpha=2.0)");
  }

  @Test
  @Order(3)
  void tablesAreOneClickAway() throws Exception {
    driver.findElement(By.cssSelector("#tabs a[data-view=tables]")).click();
    until("window.explorer.tablesReady", 60);
    String text = driver.findElement(By.id("view-tables")).getText();
    assertThat(text).contains("CrossEntropyLoss", "BCEWithLogitsLoss", "sigmoid", "gelu");
    Browser.screenshot(driver, "tables.png");
  }

  @Test
  @Order(4)
  void xorWithTwoTanhLayersLearnsLiveAndItsLinkReproducesTheRun() throws Exception {
    driver.get(server.url() + "#playground?ds=xor&n=500&noise=0.1&test=0.5&init=xavier_normal"
        + "&opt=adam&lr=0.03&mom=0.9&batch=10&l2=0&seed=1&speed=5&L=4:tanh;4:tanh");
    driver.navigate().refresh();
    until("window.explorer.playground && window.explorer.playground.last", 30);
    driver.findElement(By.id("play")).click();
    until("window.explorer.playground.last.point.testLoss < 0.1", 90);
    double rate = js("window.explorer.playground.updatesPerSecond").asDouble();
    measured.add("updates per second while playing xor 2x4 tanh: " + rate);
    driver.findElement(By.id("play")).click();
    until("window.explorer.playground.last.state === 'paused'", 10);
    Thread.sleep(300);
    JsonNode last = js("window.explorer.playground.last");
    long step = last.get("point").get("step").asLong();
    String testLoss = last.get("point").get("testLoss").asText();
    // the per-layer panels were updated: gradients on the log chart, histograms, fractions
    assertThat(js("window.explorer.playground.points.length").asInt()).isGreaterThan(5);
    assertThat(last.get("layers").size()).isEqualTo(2);
    for (JsonNode layer : last.get("layers")) {
      long total = 0;
      for (JsonNode c : layer.get("histogram").get("counts")) {
        total += c.asLong();
      }
      assertThat(total).isPositive();
    }
    assertThat(js("document.getElementById('layer-table').rows.length").asInt()).isEqualTo(3);
    assertThat(js("Chart.getChart('grad-chart').data.datasets.map(d => d.data.length)")
        .get(0).asInt()).isGreaterThan(3);
    // updated live: many frames drew the panels (the rate is measured, not judged: timings
    // belong to the measurements file, not to assertions)
    assertThat(js("window.explorer.playground.frames").asInt()).isGreaterThan(20);
    Browser.screenshot(driver, "playground.png", 1560);

    String url = driver.getCurrentUrl();
    driver.get("about:blank");
    driver.get(url);
    until("window.explorer.playground && window.explorer.playground.last", 30);
    Object again = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + " window.explorer.playground.stepTo(" + step + ").then(p => done(JSON.stringify(p)));");
    JsonNode point = JSON.readTree((String) again);
    assertThat(point.get("step").asLong()).isEqualTo(step);
    assertThat(point.get("testLoss").asText()).isEqualTo(testLoss);
  }

  @Test
  @Order(5)
  void presetsLoadAnExperimentsSetup() throws Exception {
    driver.get(server.url() + "#playground");
    driver.navigate().refresh();
    until("window.explorer.playground && window.explorer.playground.last", 30);
    new Select(driver.findElement(By.id("preset"))).selectByValue("vanishing-gradient");
    until("window.explorer.playground.last && window.explorer.playground.last.confusion", 30);
    assertThat(driver.findElement(By.id("preset-look")).getText()).contains("‖∂C/∂b‖");
    driver.findElement(By.id("play")).click();
    until("window.explorer.playground.last.point.step > 400", 60);
    driver.findElement(By.id("play")).click();
    Thread.sleep(500);
    assertThat(driver.getCurrentUrl()).contains("ds=digits").contains("init=nielsen");
    Browser.screenshot(driver, "playground-digits.png", 1560);
  }

  @Test
  @Order(6)
  void aBadSetupInThePlaygroundShowsTheFieldAndKeepsTheRun() throws Exception {
    driver.get(server.url() + "#playground?L=4:tanh;4:tanh");
    driver.navigate().refresh();
    until("window.explorer.playground && window.explorer.playground.last", 30);
    String before = js("window.explorer.playground.sessionId").asText();
    WebElement lr = driver.findElement(By.id("p-lr"));
    lr.sendKeys(Keys.chord(Keys.CONTROL, "a"), "-1", Keys.TAB);
    until("window.explorer.trainError", 10);
    assertThat(driver.findElement(By.id("train-error")).getText()).contains("learningRate");
    assertThat(js("window.explorer.playground.sessionId").asText()).isEqualTo(before);
    driver.findElement(By.id("step")).click();
    until("window.explorer.playground.last.point.step > 0", 10);
  }
}
