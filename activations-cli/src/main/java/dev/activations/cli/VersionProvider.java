package dev.activations.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: this build's version and the Java runtime it runs on. */
final class VersionProvider implements IVersionProvider {
  // Maven's jar plugin writes this file into every jar it builds, so the version comes from the
  // POM without resource filtering. It is absent when running from target/classes.
  private static final String POM_PROPERTIES =
      "/META-INF/maven/dev.activations/activations-cli/pom.properties";

  @Override
  public String[] getVersion() {
    return new String[] {
      "activations " + version(),
      "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name")
          + ", " + System.getProperty("java.vendor") + ")"
    };
  }

  static String version() {
    try (InputStream in = VersionProvider.class.getResourceAsStream(POM_PROPERTIES)) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        String v = p.getProperty("version");
        if (v != null && !v.isBlank()) {
          return v.strip();
        }
      }
    } catch (IOException e) {
      // the version is informative only; fall through to the placeholder
    }
    return "(development build)";
  }
}
