package dev.activations.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Paths given on the command line, and the I/O failures they cause, in words. A file that
 * cannot be written because of the path the user gave (a folder in its place, a file where a
 * folder should be, no permission) is bad input, status 2; a failure of the machine itself
 * (disk full, a device error) stays an internal failure, status 1.
 */
final class FileProblems {
  private FileProblems() {}

  /**
   * The path of an option's text.
   *
   * @throws IllegalArgumentException naming the option when the text is no path (empty, or a
   *     character the file system refuses)
   */
  static Path path(String option, String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(option + " needs a path, got an empty one");
    }
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      throw new IllegalArgumentException(option + " '" + text + "' is not a usable path: "
          + e.getReason());
    }
  }

  /**
   * Fails early, before any work, when a file cannot be written where it is asked for, naming
   * the real reason: the path is an existing folder; a file stands where one of its folders
   * should be; the file exists and cannot be written; or the nearest existing folder does not
   * let a file be created in it (tried, with a probe file that is removed at once). Missing
   * folders are fine: the commands create them.
   *
   * @throws IllegalArgumentException saying which
   */
  static void requireWritableLocation(Path file) {
    if (Files.isDirectory(file)) {
      throw new IllegalArgumentException("cannot write " + file + ": it is a folder");
    }
    if (Files.exists(file)) {
      if (!Files.isWritable(file)) {
        throw new IllegalArgumentException("cannot write " + file + ": it is not writable");
      }
      return;
    }
    requireWritableAncestor(file, file.toAbsolutePath().getParent());
  }

  /**
   * Fails early, before any work, when a folder cannot be written to: it is a file, a file
   * stands where one of its parents should be, or the folder (or its nearest existing parent,
   * where the rest would be created) does not let a file be created in it.
   *
   * @throws IllegalArgumentException naming the option and the reason
   */
  static void requireWritableFolder(String option, Path dir) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new IllegalArgumentException("cannot write to " + dir + " (" + option
          + "): it is a file, not a folder");
    }
    requireWritableAncestor(dir, dir.toAbsolutePath());
  }

  /** The nearest existing folder from start upwards must be a folder that takes a new file. */
  private static void requireWritableAncestor(Path target, Path start) {
    for (Path p = start; p != null; p = p.getParent()) {
      if (!Files.exists(p)) {
        continue;
      }
      if (!Files.isDirectory(p)) {
        throw new IllegalArgumentException("cannot write " + target + ": " + p
            + " is a file, not a folder");
      }
      try {
        Files.delete(Files.createTempFile(p, ".activations-probe-", ".tmp"));
      } catch (IOException | SecurityException e) {
        throw new IllegalArgumentException("cannot write " + target + ": " + p
            + " is not writable");
      }
      return;
    }
  }

  /**
   * What is wrong with the path, in words, when the failure is about the path the user gave;
   * null when it is not (then it is an internal failure).
   */
  static String describe(IOException e) {
    if (e instanceof NoSuchFileException n) {
      return n.getFile() + " does not exist";
    }
    if (e instanceof AccessDeniedException a) {
      return "permission denied on " + a.getFile();
    }
    if (e instanceof FileAlreadyExistsException f) {
      // what Files.createDirectories says when a file stands where a folder should be
      return f.getFile() + " is a file, not a folder";
    }
    if (e instanceof NotDirectoryException n) {
      return n.getFile() + " is not a folder";
    }
    if (e instanceof FileSystemException f) {
      // the operating system's words: "Is a directory", "Not a directory", "Read-only file
      // system"...
      String reason = f.getReason();
      if ("Not a directory".equals(reason)) {
        return "part of " + f.getFile() + " is a file, not a folder";
      }
      if ("Is a directory".equals(reason)) {
        return f.getFile() + " is a folder";
      }
      return f.getFile() + ": " + (reason == null ? "cannot be written" : reason);
    }
    return null;
  }
}
