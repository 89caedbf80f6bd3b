package dev.activations.web.internal;

import java.util.List;

/**
 * One route of the API, as registered and as documented: {@link OpenApi} writes
 * {@code /openapi.json} from the same list that {@link Routes} registers, so the two cannot
 * disagree.
 *
 * @param method GET, POST or DELETE
 * @param path the path, with {@code {id}} for path parameters
 * @param summary one sentence
 * @param parameters the query and path parameters
 * @param body what the JSON body holds, or null for none
 * @param answers the non-200 statuses it may answer, with when
 */
record Endpoint(String method, String path, String summary, List<Param> parameters,
    String body, List<String> answers) {

  /**
   * A query or path parameter.
   *
   * @param name its name
   * @param in {@code query} or {@code path}
   * @param type {@code string}, {@code number} or {@code integer}
   * @param required whether it must be given
   * @param description its meaning, default and range
   */
  record Param(String name, String in, String type, boolean required, String description) {}
}
