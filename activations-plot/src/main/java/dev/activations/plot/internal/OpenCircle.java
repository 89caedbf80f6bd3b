package dev.activations.plot.internal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import org.knowm.xchart.style.markers.Marker;

/**
 * A hollow circle: white inside, a ring in the series' colour. Marks the end of a curve that
 * does not include its end point (the limit at a jump), beside a filled circle at the value.
 */
public final class OpenCircle extends Marker {
  private static final BasicStroke RING = new BasicStroke(1.8f);

  @Override
  public void paint(Graphics2D g, double x, double y, int size) {
    Color colour = g.getColor();
    double r = size / 2.0;
    Ellipse2D circle = new Ellipse2D.Double(x - r, y - r, size, size);
    g.setColor(Color.WHITE);
    g.fill(circle);
    g.setColor(colour);
    g.setStroke(RING);
    g.draw(circle);
  }
}
