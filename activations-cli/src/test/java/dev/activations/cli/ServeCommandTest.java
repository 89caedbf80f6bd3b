package dev.activations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** What {@code activations serve} refuses: one error line each, exit status 2. */
class ServeCommandTest {
  private static String oneErrorLine(CliRunner.Result r) {
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.errLines()).hasSize(1);
    return r.errLines().get(0);
  }

  @Test
  void aPortInUseIsOneLine() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      int port = taken.getLocalPort();
      assertThat(oneErrorLine(CliRunner.run("serve", "--port", String.valueOf(port))))
          .startsWith("activations: error: port " + port
              + " on 127.0.0.1 is in use; choose another with --port");
    }
  }

  @Test
  void aBadPortOrHostIsOneLine() {
    assertThat(oneErrorLine(CliRunner.run("serve", "--port", "70000")))
        .startsWith("activations: error: --port must be in 0..65535, got 70000");
    assertThat(oneErrorLine(CliRunner.run("serve", "--port", "eighty")))
        .startsWith("activations: error: ").contains("--port");
    assertThat(oneErrorLine(CliRunner.run("serve", "--port", "0", "--host",
        "no-such-host.invalid")))
        .startsWith("activations: error: unknown host 'no-such-host.invalid'");
    assertThat(oneErrorLine(CliRunner.run("serve", "--port", "0", "--host", "192.0.2.1")))
        .contains("not an address of this machine");
  }
}
