package nl.doorlopendelijn.dossiers.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.doorlopendelijn.dossiers.DossierAangemaakt;
import nl.doorlopendelijn.dossiers.GesprekGepland;
import nl.doorlopendelijn.dossiers.MijlpaalAfgerond;
import nl.doorlopendelijn.dossiers.SignaalOntstaan;
import nl.doorlopendelijn.dossiers.planning.MijlpaalType;
import nl.doorlopendelijn.dossiers.planning.SignaalType;
import nl.doorlopendelijn.identity.Caller;
import nl.doorlopendelijn.outbox.Outbox;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the dossiers tell other modules (issue 17: the notificaties), through the outbox, in the transaction of the
 * change: {@link DossierAangemaakt}, {@link GesprekGepland}, {@link MijlpaalAfgerond} and {@link SignaalOntstaan}.
 * Ids and codes only. Every method must run inside the dossier's tenant-bound transaction.
 */
@Component
class DossierMeldingen {

  /** The signals someone is told about when they come up (the others are shown in the pages only). */
  static final Set<SignaalType> GEMELDE_SIGNALEN = Set.of(SignaalType.TE_LAAT,
      SignaalType.VERHUIZING_ZONDER_KLANTPROFIEL);

  private static final TypeReference<List<Map<String, String>>> SIGNALEN = new TypeReference<>() {};

  /** A signal as stored: its kind and the milestone it is about (or null). */
  record Sleutel(String type, String mijlpaal) {}

  private final Outbox outbox;
  private final JsonMapper json;

  DossierMeldingen(Outbox outbox, JsonMapper json) {
    this.outbox = outbox;
    this.json = json;
  }

  Mono<Void> aangemaakt(DossierRij d, Caller door) {
    return outbox.publish(new DossierAangemaakt(d.tenantId(), d.id(), d.dossiernummer(), d.gemeenteCode(),
        d.azcCode(), d.vasteContactpersoonId(), door.issuer(), door.subject()));
  }

  /**
   * A gesprek planned ({@code oud} null), or changed: moved tells every participant and the buddy again, a change
   * without moving only those it added (nobody added: nothing).
   */
  Mono<Void> gesprek(DossierRij d, GesprekRij oud, GesprekRij nieuw, Caller door) {
    boolean verzet = oud != null && (!oud.begintOp().equals(nieuw.begintOp())
        || !oud.eindigtOp().equals(nieuw.eindigtOp()));
    Set<UUID> ontvangers = betrokkenen(nieuw);
    if (oud != null && !verzet) {
      ontvangers.removeAll(betrokkenen(oud));
    }
    if (ontvangers.isEmpty()) {
      return Mono.empty();
    }
    return outbox.publish(new GesprekGepland(d.tenantId(), d.id(), d.dossiernummer(), nieuw.id(),
        nieuw.soort().code(), List.copyOf(ontvangers), verzet, door.issuer(), door.subject()));
  }

  Mono<Void> afgerond(DossierRij d, MijlpaalType mijlpaal, Caller door) {
    return outbox.publish(new MijlpaalAfgerond(d.tenantId(), d.id(), d.dossiernummer(), mijlpaal.code(),
        d.vasteContactpersoonId(), d.casemanagerId(), door.issuer(), door.subject()));
  }

  /**
   * The signals of {@link #GEMELDE_SIGNALEN} in {@code nieuw} that were not in {@code oud} (both as stored: the
   * json of {@link SignaalOpslag}; {@code oud} null for a new dossier), each published once. Called by
   * {@link DossierStore} wherever it stores a dossier's signals, with the dossier's row as it is now.
   */
  Mono<Void> signalen(Opgeslagen d, String oud, SignaalOpslag nieuw) {
    List<Sleutel> ontstaan = ontstaan(sleutels(oud), sleutels(nieuw.json()));
    return Flux.fromIterable(ontstaan)
        .concatMap(s -> outbox.publish(new SignaalOntstaan(d.tenantId(), d.id(), d.dossiernummer(), s.type(),
            s.mijlpaal(), d.vasteContactpersoonId(), d.casemanagerId())))
        .then();
  }

  /** What the event of a signal names of its dossier, as stored. */
  record Opgeslagen(UUID tenantId, UUID id, String dossiernummer, UUID vasteContactpersoonId, UUID casemanagerId) {}

  /** The told-about signals of {@code nieuw} absent from {@code oud}, in their order. */
  static List<Sleutel> ontstaan(Set<Sleutel> oud, Set<Sleutel> nieuw) {
    List<Sleutel> l = new ArrayList<>();
    for (Sleutel s : nieuw) {
      boolean gemeld = SignaalType.vanCode(s.type()).map(GEMELDE_SIGNALEN::contains).orElse(false);
      if (gemeld && !oud.contains(s)) {
        l.add(s);
      }
    }
    return l;
  }

  private Set<Sleutel> sleutels(String opgeslagen) {
    Set<Sleutel> s = new LinkedHashSet<>();
    if (opgeslagen == null || opgeslagen.isBlank()) {
      return s;
    }
    for (Map<String, String> m : json.readValue(opgeslagen, SIGNALEN)) {
      s.add(new Sleutel(m.get("type"), m.get("mijlpaal")));
    }
    return s;
  }

  private static Set<UUID> betrokkenen(GesprekRij g) {
    Set<UUID> s = new LinkedHashSet<>();
    g.deelnemers().stream().filter(Objects::nonNull).forEach(s::add);
    if (g.buddyId() != null) {
      s.add(g.buddyId());
    }
    return s;
  }
}
