package dev.activations.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by its chromedriver, as the browser tests use it. Where
 * either is missing the tests are skipped (an assumption, with the reason); CI installs both.
 */
final class Browser {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  /** Selenium reports through java.util.logging; tests never print. Held: loggers are weak. */
  private static final java.util.logging.Logger SELENIUM =
      java.util.logging.Logger.getLogger("org.openqa.selenium");

  private Browser() {}

  static ChromeDriver open(int width, int height) {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "browser tests skipped: " + CHROMIUM + " and " + DRIVER + " are needed"
            + " (apt-get install -y chromium chromium-driver)");
    SELENIUM.setLevel(java.util.logging.Level.OFF);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
        "--window-size=" + width + "," + height);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    return driver;
  }

  /** Saves a screenshot into docs/explorer (the folder given by the build), if it is set. */
  static void screenshot(ChromeDriver driver, String name) throws Exception {
    screenshot(driver, name, 0);
  }

  /** As above, with the window this tall (0: as it is) for the shot, then as it was. */
  static void screenshot(ChromeDriver driver, String name, int height) throws Exception {
    String dir = System.getProperty("explorer.screenshots");
    if (dir == null) {
      return;
    }
    Files.createDirectories(Path.of(dir));
    org.openqa.selenium.Dimension before = driver.manage().window().getSize();
    if (height > 0) {
      driver.manage().window().setSize(new org.openqa.selenium.Dimension(before.width, height));
      Thread.sleep(400);
    }
    File png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
    if (height > 0) {
      driver.manage().window().setSize(before);
    }
    Files.copy(png.toPath(), Path.of(dir, name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }
}
