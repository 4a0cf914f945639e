package nl.doorlopendelijn.webui.pages;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.ISpringWebFluxTemplateEngine;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the API's live dashboard (SSE, each event the whole dashboard as JSON) into SSE events of ready HTML, rendered
 * with the same fragment and the same model as the page ({@code dashboard :: cijfers}, {@link DashboardModel}),
 * which htmx swaps in. Heartbeats pass as comments.
 */
@Component
class DashboardHtml {

  private final ISpringWebFluxTemplateEngine templates;
  private final JsonMapper json;
  private final Namen namen;

  DashboardHtml(ISpringWebFluxTemplateEngine templates, JsonMapper json, Namen namen) {
    this.templates = templates;
    this.json = json;
    this.namen = namen;
  }

  Flux<ServerSentEvent<String>> van(Flux<ServerSentEvent<String>> upstream, DashboardModel.Omgeving omgeving) {
    return upstream.concatMap(event -> {
      if ("einde".equals(event.event())) {
        // the API ended the stream (token expired, access ended): the browser reconnects in a second, and this
        // page's stream then asks the API again with a fresh token, or shows that access is gone
        return Mono.just(ServerSentEvent.<String>builder().comment("einde " + event.data())
            .retry(java.time.Duration.ofSeconds(1)).build());
      }
      if (event.data() == null || event.data().isBlank()) {
        return Mono.just(ServerSentEvent.<String>builder().comment("hartslag").build());
      }
      return namen.nu().map(woorden -> {
        var builder = ServerSentEvent.builder(render(event.data(), woorden, omgeving)).event("dashboard");
        return event.id() == null ? builder.build() : builder.id(event.id()).build();
      });
    });
  }

  String render(String dashboardJson, Namen.Woordenboek woorden, DashboardModel.Omgeving omgeving) {
    @SuppressWarnings("unchecked")
    Map<String, Object> d = json.readValue(dashboardJson, Map.class);
    Context context = new Context(Locale.forLanguageTag("nl-NL"));
    context.setVariable("dashboard", DashboardModel.van(d, woorden, omgeving));
    context.setVariable("namen", woorden);
    return templates.process("dashboard", Set.of("cijfers"), context);
  }
}
