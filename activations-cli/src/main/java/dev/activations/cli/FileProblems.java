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
   * Fails early, before any work, when a file to be written is an existing folder.
   *
   * @throws IllegalArgumentException saying so
   */
  private static void requireNotFolder(Path file) {
    if (Files.isDirectory(file)) {
      throw new IllegalArgumentException("cannot write " + file + ": it is a folder");
    }
  }

  /**
   * Fails early, before any work, when a file cannot be created where it is asked for: it is an
   * existing folder, or a file stands where one of its folders should be. Missing folders are
   * fine (the commands create them).
   *
   * @throws IllegalArgumentException saying which
   */
  static void requireWritableLocation(Path file) {
    requireNotFolder(file);
    for (Path p = file.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
      if (Files.exists(p)) {
        if (!Files.isDirectory(p)) {
          throw new IllegalArgumentException("cannot write " + file + ": " + p
              + " is a file, not a folder");
        }
        return;
      }
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
