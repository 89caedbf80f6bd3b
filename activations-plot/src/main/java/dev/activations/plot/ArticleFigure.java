package dev.activations.plot;

import java.util.List;

/**
 * One figure of the articles, regenerated: the chart, the formula it draws, what it illustrates,
 * and the claims checked against the library.
 *
 * @param id the docs/articles.md number, {@code M4} … {@code M17}
 * @param title the heading
 * @param formula the formula, in plain text with Unicode
 * @param caption what the figure shows and how it was drawn
 * @param figure the chart
 * @param fileName the image's file name in the report folder ({@code m4-sigmoid.png})
 * @param claims the claims, each with its verified mark
 */
public record ArticleFigure(String id, String title, String formula, String caption,
    Figure figure, String fileName, List<Claim> claims) {

  /**
   * Copies the claims.
   *
   * @param id the docs/articles.md number, {@code M4} … {@code M17}
   * @param title the heading
   * @param formula the formula, in plain text with Unicode
   * @param caption what the figure shows and how it was drawn
   * @param figure the chart
   * @param fileName the image's file name in the report folder
   * @param claims the claims, each with its verified mark; copied
   */
  public ArticleFigure {
    claims = List.copyOf(claims);
  }
}
