package dev.activations.internal.kernel;

import java.lang.management.ManagementFactory;

/** What the JVM says of the hardware: fused multiply–add, the compiler. */
final class Hardware {
  private Hardware() {}

  /** HotSpot's UseFMA flag; false where it cannot be read (then a·b + c is used). */
  static boolean fma() {
    String v = vmOption("UseFMA");
    return v != null && v.equals("true");
  }

  /** Whether the C2 compiler is on (Vector API intrinsics need it). */
  static boolean c2() {
    String tiered = vmOption("TieredStopAtLevel");
    if (tiered != null && !tiered.isEmpty() && Integer.parseInt(tiered) < 4) {
      return false;
    }
    String vm = System.getProperty("java.vm.name", "");
    String info = System.getProperty("java.vm.info", "");
    return vm.contains("Server VM") && !info.contains("interpreted mode");
  }

  /** A HotSpot VM option's value, or null where it is unknown. */
  static String vmOption(String name) {
    try {
      Class<?> beanClass = Class.forName("com.sun.management.HotSpotDiagnosticMXBean");
      Object bean = ManagementFactory.getPlatformMXBean(
          beanClass.asSubclass(java.lang.management.PlatformManagedObject.class));
      Object option = beanClass.getMethod("getVMOption", String.class).invoke(bean, name);
      return (String) option.getClass().getMethod("getValue").invoke(option);
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return null;
    }
  }
}
