package dev.activations.internal.kernel;

import dev.activations.Precision;
import java.util.Locale;

/**
 * The facade: the float kernels' provider, chosen once when this class initialises.
 *
 * <p>The Panama (Vector API) provider is chosen when all of these hold: the module
 * {@code jdk.incubator.vector} is in the boot layer (java was started with
 * {@code --add-modules jdk.incubator.vector}) and readable; the JIT is HotSpot's C2, which
 * compiles vector operations to SIMD instructions (elsewhere they run as slow Java); and the
 * preferred vector is at least 128 bits. Otherwise the scalar provider is used. The system
 * property {@code activations.vectorization} = {@code auto} (default), {@code scalar} or
 * {@code panama} forces the choice; {@code panama} still needs the module.
 */
public final class Kernels {
  private Kernels() {}

  /** The property that forces a path. */
  public static final String PROPERTY = "activations.vectorization";

  private static final String PANAMA_CLASS = "dev.activations.internal.kernel.PanamaKernels";
  private static final int MIN_BITS = 128;

  private static final Panama PANAMA = loadPanama();
  private static final Choice CHOICE = choose();

  /** The chosen provider of EXACT kernels. */
  public static final KernelProvider PROVIDER = CHOICE.provider;

  /** The chosen path's FAST kernels. */
  public static final KernelProvider FAST = new FastKernels(PROVIDER);

  /**
   * The process default precision: {@link Precision#PROPERTY} when it names one, else EXACT
   * (a value that names none is ignored here; the command line reports it).
   */
  public static final Precision PRECISION = requestedPrecision();

  /** The chosen path's kernels of the given precision. */
  public static KernelProvider provider(Precision precision) {
    return precision == Precision.FAST ? FAST : PROVIDER;
  }

  /** Null if {@code value} is a valid setting of {@link Precision#PROPERTY}, else the problem. */
  public static String checkPrecisionSetting(String value) {
    try {
      Precision.parse(value);
      return null;
    } catch (IllegalArgumentException e) {
      return Precision.PROPERTY + " = '" + value + "' is not one of exact, fast";
    }
  }

  private static Precision requestedPrecision() {
    String v = System.getProperty(Precision.PROPERTY);
    return v == null || checkPrecisionSetting(v) != null ? Precision.EXACT : Precision.parse(v);
  }

  /** The scalar provider, always available. */
  public static KernelProvider scalar() {
    return ScalarKernels.INSTANCE;
  }

  /** The Panama provider, or null where it cannot run (see {@link #panamaProblem()}). */
  public static KernelProvider panama() {
    return PANAMA.provider;
  }

  /** Why the Panama provider cannot run, or null where it can. */
  public static String panamaProblem() {
    return PANAMA.problem;
  }

  /** Why {@link #PROVIDER} was chosen, in one sentence. */
  public static String reason() {
    return CHOICE.reason;
  }

  /** Bits of the preferred vector shape, 0 where the Vector API is unavailable. */
  public static int vectorBits() {
    return PANAMA.provider == null ? 0 : ((PanamaKernels) PANAMA.provider).vectorBits();
  }

  /** Lanes of the double species the float kernels compute in, 0 without the Vector API. */
  public static int doubleLanes() {
    return PANAMA.provider == null ? 0 : PanamaKernels.LANES;
  }

  /** Whether the kernels use fused multiply–add (HotSpot's UseFMA). */
  public static boolean fma() {
    return Cores.FMA;
  }

  /** The value of {@link #PROPERTY}, lower-cased; {@code auto} when unset. */
  public static String requested() {
    return System.getProperty(PROPERTY, "auto").trim().toLowerCase(Locale.ROOT);
  }

  /** Null if {@code value} is a valid setting of {@link #PROPERTY}, else the problem. */
  public static String checkSetting(String value) {
    String v = value.trim().toLowerCase(Locale.ROOT);
    if (v.equals("auto") || v.equals("scalar") || v.equals("panama")) {
      return null;
    }
    return PROPERTY + " = '" + value + "' is not one of auto, scalar, panama";
  }

  private record Choice(KernelProvider provider, String reason) {}

  private record Panama(KernelProvider provider, String problem) {}

  private static Choice choose() {
    String requested = requested();
    String invalid = checkSetting(requested);
    if (invalid != null) {
      return fallback(invalid + "; using auto");
    }
    if (requested.equals("scalar")) {
      return new Choice(scalar(), PROPERTY + "=scalar");
    }
    if (PANAMA.provider == null) {
      String why = requested.equals("panama")
          ? PROPERTY + "=panama, but " + PANAMA.problem : PANAMA.problem;
      return new Choice(scalar(), why);
    }
    String why = requested.equals("panama") ? PROPERTY + "=panama"
        : "jdk.incubator.vector is readable, the JIT is C2 and vectors are "
            + vectorBits() + " bits";
    return new Choice(PANAMA.provider, why);
  }

  private static Choice fallback(String why) {
    if (PANAMA.provider == null) {
      return new Choice(scalar(), why + "; " + PANAMA.problem);
    }
    return new Choice(PANAMA.provider, why);
  }

  private static Panama loadPanama() {
    Module vector = ModuleLayer.boot().findModule("jdk.incubator.vector").orElse(null);
    if (vector == null) {
      return new Panama(null, "the module jdk.incubator.vector is not loaded"
          + " (start java with --add-modules jdk.incubator.vector)");
    }
    Module self = Kernels.class.getModule();
    if (!self.canRead(vector)) {
      self.addReads(vector);
    }
    if (!Hardware.c2()) {
      return new Panama(null, "the JIT is not HotSpot's C2, so vector operations would not"
          + " compile to SIMD instructions");
    }
    try {
      PanamaKernels p = (PanamaKernels) Class.forName(PANAMA_CLASS).getDeclaredConstructor()
          .newInstance();
      if (p.vectorBits() < MIN_BITS) {
        return new Panama(null, "the preferred vector has only " + p.vectorBits() + " bits");
      }
      return new Panama(p, null);
    } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
      return new Panama(null, "the Vector API kernels failed to load: " + e);
    }
  }
}
