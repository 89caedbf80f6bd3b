package dev.activations.web.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code GET /openapi.json}: an OpenAPI 3.0 document written from the route table. */
final class OpenApi {
  private OpenApi() {}

  static Map<String, Object> document(List<Endpoint> endpoints, String version) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("openapi", "3.0.3");
    doc.put("info", Map.of("title", "Activations explorer API", "version", version,
        "description", "Curves, properties and live training of the Activations library. Every"
            + " error is {\"error\": message, \"field\": the request field at fault or null}."));
    Map<String, Object> paths = new LinkedHashMap<>();
    for (Endpoint e : endpoints) {
      @SuppressWarnings("unchecked")
      Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(e.path(),
          k -> new LinkedHashMap<String, Object>());
      Map<String, Object> op = new LinkedHashMap<>();
      op.put("summary", e.summary());
      List<Map<String, Object>> params = e.parameters().stream().map(p -> {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("in", p.in());
        m.put("required", p.required());
        m.put("description", p.description());
        m.put("schema", Map.of("type", p.type()));
        return m;
      }).toList();
      if (!params.isEmpty()) {
        op.put("parameters", params);
      }
      if (e.body() != null) {
        op.put("requestBody", Map.of("required", true, "description", e.body(),
            "content", Map.of("application/json", Map.of("schema", Map.of("type", "object")))));
      }
      Map<String, Object> responses = new LinkedHashMap<>();
      responses.put("200", Map.of("description", e.path().endsWith("/events")
          ? "a text/event-stream of setup, history and frame events" : "JSON"));
      for (String a : e.answers()) {
        int space = a.indexOf(' ');
        responses.put(a.substring(0, space), Map.of("description", a.substring(space + 1)));
      }
      op.put("responses", responses);
      item.put(e.method().toLowerCase(java.util.Locale.ROOT), op);
    }
    doc.put("paths", paths);
    return doc;
  }
}
