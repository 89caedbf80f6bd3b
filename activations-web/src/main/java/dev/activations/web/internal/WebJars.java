package dev.activations.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of a WebJar on the class path, from the pom.properties that Maven puts in it. */
final class WebJars {
  private WebJars() {}

  static String version(String artifact) {
    String path = "META-INF/maven/org.webjars.npm/" + artifact + "/pom.properties";
    try (InputStream in = WebJars.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("the " + artifact + " WebJar is not on the class path");
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version");
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + path, e);
    }
  }
}
