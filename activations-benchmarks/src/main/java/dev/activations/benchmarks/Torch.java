package dev.activations.benchmarks;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.jni.JniUtils;
import java.nio.file.Path;

/**
 * PyTorch through DJL, set up the one way every benchmark uses it: offline, on the CPU, with one
 * intra-op and one inter-op thread ({@code torch.set_num_threads(1)}), so that it is compared
 * with our one-thread kernels on equal terms.
 *
 * <p>DJL reads its settings from system properties (or the environment) when the engine first
 * loads; each setting below is a default that an explicit {@code -D} option or environment
 * variable overrides:
 * <ul>
 *   <li>{@code ai.djl.offline=true} (or {@code DJL_OFFLINE=true}): never touch the network; the
 *       native library comes from the {@code pytorch-native-cpu} jar on the class path;
 *   <li>{@code DJL_CACHE_DIR}: where that library is extracted, by default
 *       {@code ${java.io.tmpdir}/activations-djl} (the home folder may not be writable);
 *   <li>{@code ai.djl.pytorch.num_threads=1} and {@code ai.djl.pytorch.num_interop_threads=1}.
 * </ul>
 * The thread counts PyTorch reports are checked after loading; a mismatch stops the benchmark,
 * since a multi-threaded baseline would make every ratio wrong.
 */
final class Torch {
  private Torch() {}

  private static Engine engine;

  /** The PyTorch engine, loaded once per JVM with the settings above. */
  static synchronized Engine engine() {
    if (engine == null) {
      defaultProperty("ai.djl.offline", "true");
      defaultProperty("ai.djl.pytorch.num_threads", "1");
      defaultProperty("ai.djl.pytorch.num_interop_threads", "1");
      if (System.getenv("DJL_CACHE_DIR") == null && System.getProperty("DJL_CACHE_DIR") == null) {
        System.setProperty("DJL_CACHE_DIR",
            Path.of(System.getProperty("java.io.tmpdir"), "activations-djl").toString());
      }
      Engine e = Engine.getEngine("PyTorch");
      int threads = JniUtils.getNumThreads();
      int interop = JniUtils.getNumInteropThreads();
      String wanted = System.getProperty("ai.djl.pytorch.num_threads");
      if (!String.valueOf(threads).equals(wanted)) {
        throw new IllegalStateException("PyTorch runs " + threads + " intra-op threads, "
            + "ai.djl.pytorch.num_threads asks for " + wanted);
      }
      if (!String.valueOf(interop).equals(System.getProperty("ai.djl.pytorch.num_interop_threads"))) {
        throw new IllegalStateException("PyTorch runs " + interop + " inter-op threads, "
            + "ai.djl.pytorch.num_interop_threads asks for "
            + System.getProperty("ai.djl.pytorch.num_interop_threads"));
      }
      engine = e;
    }
    return engine;
  }

  /** A new CPU manager of the PyTorch engine; the caller closes it. */
  static NDManager manager() {
    return engine().newBaseManager(Device.cpu());
  }

  /** Which PyTorch this is, for the record: "PyTorch 2.7.1, 1 + 1 threads". */
  static String describe() {
    Engine e = engine();
    return e.getEngineName() + " " + e.getVersion() + ", " + JniUtils.getNumThreads()
        + " intra-op + " + JniUtils.getNumInteropThreads() + " inter-op threads";
  }

  private static void defaultProperty(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
