package nl.doorlopendelijn.dashboard;

import java.util.Map;
import reactor.core.publisher.Mono;

/**
 * PORT: the Dutch names of the codes a dashboard counts by (a dossier's status, a milestone's type, an azc), for an
 * export that people read. The dashboard knows the codes only (its facts are codes); the dossiers module, which
 * owns statuses and milestones and knows the azc list, answers (it depends on this module, never the other way).
 * A code without a name is shown as it is.
 */
public interface DashboardNamen {

  Mono<Woorden> nu();

  /** Code → name, per kind. */
  record Woorden(Map<String, String> statussen, Map<String, String> mijlpalen, Map<String, String> azcs) {

    public Woorden {
      statussen = Map.copyOf(statussen);
      mijlpalen = Map.copyOf(mijlpalen);
      azcs = Map.copyOf(azcs);
    }

    public static Woorden geen() {
      return new Woorden(Map.of(), Map.of(), Map.of());
    }
  }
}
