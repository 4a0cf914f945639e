package nl.doorlopendelijn.webui.pages;

import java.util.Map;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/** API paths with the user's input encoded: a path segment or query value never changes the path's shape. */
final class Paden {

  private Paden() {}

  static String pad(String template, Object... segmenten) {
    return UriComponentsBuilder.fromPath(template).buildAndExpand(segmenten).encode().toUriString();
  }

  static String metQuery(String template, Map<String, String> query, Object... segmenten) {
    MultiValueMap<String, String> q = new LinkedMultiValueMap<>();
    query.forEach((k, v) -> {
      if (v != null && !v.isBlank()) {
        q.add(k, v);
      }
    });
    return UriComponentsBuilder.fromPath(template).queryParams(q).buildAndExpand(segmenten).encode().toUriString();
  }
}
