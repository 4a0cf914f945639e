package nl.doorlopendelijn.webui.pages;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.ISpringWebFluxTemplateEngine;
import reactor.core.publisher.Flux;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the API's live dashboard (SSE, each event the whole dashboard as JSON) into SSE events of ready HTML, rendered
 * with the same fragment as the page ({@code dashboard :: cijfers}), which htmx swaps in. Heartbeats pass as comments.
 */
@Component
class DashboardHtml {

  private final ISpringWebFluxTemplateEngine templates;
  private final JsonMapper json;

  DashboardHtml(ISpringWebFluxTemplateEngine templates, JsonMapper json) {
    this.templates = templates;
    this.json = json;
  }

  Flux<ServerSentEvent<String>> van(Flux<ServerSentEvent<String>> upstream) {
    return upstream.map(event -> {
      if (event.data() == null || event.data().isBlank()) {
        return ServerSentEvent.<String>builder().comment("hartslag").build();
      }
      var builder = ServerSentEvent.builder(render(event.data())).event("dashboard");
      return event.id() == null ? builder.build() : builder.id(event.id()).build();
    });
  }

  String render(String dashboardJson) {
    @SuppressWarnings("unchecked")
    Map<String, Object> d = json.readValue(dashboardJson, Map.class);
    Context context = new Context(Locale.forLanguageTag("nl-NL"));
    context.setVariable("dashboard", DashboardModel.van(d));
    return templates.process("dashboard", Set.of("cijfers"), context);
  }
}
