package dev.activations.plot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A report folder that holds exactly what the last run wrote. A run writes into a fresh staging
 * folder beside the target ({@link #stage}); {@link #publish} then removes from the target the
 * files the previous run wrote, and only those (listed in the folder's manifest,
 * {@value #MANIFEST}), moves the new files in and writes the new manifest. A file the user put
 * in the folder is never touched; a failed run leaves the previous report as it was.
 */
public final class ReportFolder {
  private ReportFolder() {}

  /** The manifest: the files of the last run, one relative path a line. */
  public static final String MANIFEST = ".report-files";

  /** What a report made before the manifest existed wrote, recognised by name. */
  private static final Pattern LEGACY = Pattern.compile(
      "index\\.html|m[0-9]+-[a-z0-9-]+\\.png|experiments/([a-z-]+)/\\1-[a-z0-9.-]+\\.(png|tsv)");

  /**
   * A new, empty staging folder beside the target (the target's parent is created if missing).
   *
   * @param target the report folder the run will publish to; it need not exist
   * @return the staging folder, empty, in the target's parent
   * @throws IOException if it cannot be created
   */
  public static Path stage(Path target) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    Files.createDirectories(parent);
    return Files.createTempDirectory(parent, "." + absolute.getFileName() + ".new-");
  }

  /**
   * Moves every file of the staging folder into the target, after removing the previous run's
   * files from it, and deletes the staging folder.
   *
   * @param staging the folder {@link #stage} made, holding the new run's files; deleted
   * @param target the report folder; created if missing
   * @return the files now in the target that this run wrote, relative, in order
   * @throws IOException if a file cannot be removed or moved
   */
  public static List<Path> publish(Path staging, Path target) throws IOException {
    Files.createDirectories(target);
    for (Path old : previous(target)) {
      Path file = target.resolve(old).normalize();
      if (file.startsWith(target.toAbsolutePath().normalize()) || file.startsWith(target)) {
        Files.deleteIfExists(file);
        removeEmptyFolders(file.getParent(), target);
      }
    }
    List<Path> written = new ArrayList<>();
    try (Stream<Path> files = Files.walk(staging)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        Path relative = staging.relativize(f);
        Path to = target.resolve(relative);
        Files.createDirectories(to.getParent());
        Files.move(f, to, StandardCopyOption.REPLACE_EXISTING);
        written.add(relative);
      }
    }
    StringBuilder manifest = new StringBuilder();
    for (Path p : written) {
      manifest.append(p.toString().replace('\\', '/')).append('\n');
    }
    Files.writeString(target.resolve(MANIFEST), manifest, StandardCharsets.UTF_8);
    delete(staging);
    return written;
  }

  /**
   * Deletes a staging folder and everything in it (after a failed run).
   *
   * @param staging the folder {@link #stage} made; nothing happens if it does not exist
   * @throws IOException if a file in it cannot be deleted
   */
  public static void discard(Path staging) throws IOException {
    if (Files.exists(staging)) {
      delete(staging);
    }
  }

  /** The previous run's files: the manifest, or for an older report the names it writes. */
  private static List<Path> previous(Path target) throws IOException {
    Path manifest = target.resolve(MANIFEST);
    List<Path> files = new ArrayList<>();
    if (Files.isRegularFile(manifest)) {
      for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
        if (!line.isBlank() && !line.startsWith("/") && !line.contains("..")) {
          files.add(Path.of(line));
        }
      }
      return files;
    }
    Path page = target.resolve(Report.PAGE);
    if (!Files.isRegularFile(page)
        || !Files.readString(page, StandardCharsets.UTF_8).contains(Report.SIGNATURE)) {
      return files;
    }
    try (Stream<Path> all = Files.walk(target)) {
      for (Path f : all.filter(Files::isRegularFile).toList()) {
        String relative = target.relativize(f).toString().replace('\\', '/');
        if (LEGACY.matcher(relative).matches()) {
          files.add(target.relativize(f));
        }
      }
    }
    return files;
  }

  private static void removeEmptyFolders(Path folder, Path target) throws IOException {
    Path root = target.toAbsolutePath().normalize();
    for (Path p = folder.toAbsolutePath().normalize(); p != null && p.startsWith(root)
        && !p.equals(root); p = p.getParent()) {
      try {
        Files.deleteIfExists(p);
      } catch (DirectoryNotEmptyException e) {
        return;
      }
    }
  }

  private static void delete(Path folder) throws IOException {
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
