package nl.doorlopendelijn.directory.internal;

import nl.doorlopendelijn.kernel.Ids;
import nl.doorlopendelijn.web.ETags;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.doorlopendelijn.azc.AzcLocaties;
import nl.doorlopendelijn.directory.Organisatie;
import nl.doorlopendelijn.directory.OrganisatieType;
import nl.doorlopendelijn.identity.Caller;
import nl.doorlopendelijn.tenancy.TenantTransactions;
import nl.doorlopendelijn.web.ApiProblem;
import nl.doorlopendelijn.web.InvalidParam;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Changes to organisations: the same rights, locking and audit as their contacts (see ContactpersoonService). */
@Service
class OrganisatieService {

  private static final String TYPE = "organisatie";

  private final OrganisatieRepository organisaties;
  private final ContactpersoonRepository contactpersonen;
  private final AzcLocaties azcLocaties;
  private final GidsToegang toegang;
  private final TenantTransactions tx;

  OrganisatieService(OrganisatieRepository organisaties, ContactpersoonRepository contactpersonen,
      AzcLocaties azcLocaties, GidsToegang toegang, TenantTransactions tx) {
    this.organisaties = organisaties;
    this.contactpersonen = contactpersonen;
    this.azcLocaties = azcLocaties;
    this.toegang = toegang;
    this.tx = tx;
  }

  /** Organisations are read by the roles that do handover work (refusals audited; reads of them are not). */
  public Mono<Organisatie> get(UUID id) {
    return toegang.lezer("organisatie.lezen", TYPE, List.of(id.toString())).then(organisaties.findById(id)).switchIfEmpty(Mono.error(ApiProblem::notFound));
  }

  public Mono<Pagina<Organisatie>> search(OrganisatieZoekvraag vraag) {
    return toegang.lezer("organisatie.zoeken", TYPE, List.of()).then(organisaties.search(vraag));
  }

  /**
   * The active organisations whose data and contacts the caller may change ({@link Bewerkrechten#magWijzigen}):
   * what the pages offer to edit, decided by the same rule the changes are checked by. For the readers of the gids
   * only; the rule is applied to every active organisation (a few hundred), not guessed from the token.
   */
  public Mono<List<Organisatie>> bewerkbaar() {
    return toegang.lezer("organisatie.zoeken", TYPE, List.of()).flatMap(toegang::bewerker)
        .flatMap(b -> organisaties.active().filter(o -> Bewerkrechten.magWijzigen(b, o)).collectList());
  }

  public Mono<Organisatie> create(OrganisatieInvoer invoer) {
    return toegang.caller().flatMap(caller -> valideer(invoer, null).then(Mono.defer(() -> {
      UUID id = Ids.nieuw();
      OrganisatieGegevens g = invoer.gegevens();
      Organisatie nieuw = new Organisatie(id, g.type(), g.naam(), g.cbsCode(), g.azcCode(), g.coaRegio(),
          g.partnerSoort(), g.regios(), true, 1);
      return toegang.eisRecht(caller, nieuw, "organisatie.aanmaken", TYPE, List.of())
          .then(tx.platform(organisaties.insert(id, g)
              .then(toegang.gelukt("organisatie.aanmaken", TYPE, List.of(id.toString())))
              .then(organisaties.findById(id))));
    })));
  }

  /** Who may change an organisation must keep that right after the change (a partner cannot be moved away). */
  public Mono<Organisatie> update(UUID id, String ifMatch, OrganisatieInvoer invoer) {
    return Mono.fromCallable(() -> ETags.required(ifMatch)).flatMap(versie -> toegang.caller().flatMap(caller ->
        huidig(id, versie).flatMap(huidig -> toegang.eisRecht(caller, huidig, "organisatie.wijzigen", TYPE, ids(id))
            .then(valideer(invoer, huidig))
            .then(Mono.defer(() -> {
              OrganisatieGegevens g = invoer.gegevens();
              Organisatie na = new Organisatie(id, huidig.type(), g.naam(), huidig.cbsCode(), huidig.azcCode(),
                  g.coaRegio(), g.partnerSoort(), g.regios(), true, versie);
              return toegang.eisRecht(caller, na, "organisatie.wijzigen", TYPE, ids(id))
                  .then(tx.platform(organisaties.update(id, versie, g)
                      .flatMap(rows -> rows == 1 ? Mono.empty() : Mono.error(ApiProblem.preconditionFailed()))
                      .then(contactpersonen.renameOrganisatie(id))
                      .then(toegang.gelukt("organisatie.wijzigen", TYPE, ids(id)))
                      .then(organisaties.findById(id))));
            })))));
  }

  /** An organisation with active contacts stays: its people must leave (be deactivated) first. */
  public Mono<Organisatie> deactivate(UUID id, String ifMatch) {
    return Mono.fromCallable(() -> ETags.required(ifMatch)).flatMap(versie -> toegang.caller().flatMap(caller ->
        huidig(id, versie).flatMap(huidig -> toegang.eisRecht(caller, huidig, "organisatie.deactiveren", TYPE, ids(id))
            .then(tx.platform(contactpersonen.countActive(id)
                .flatMap(actief -> actief > 0 ? Mono.error(ApiProblem.conflict(
                    "Deze organisatie heeft nog actieve contactpersonen; deactiveer die eerst.")) : Mono.empty())
                .then(organisaties.deactivate(id, versie))
                .flatMap(rows -> rows == 1 ? Mono.empty() : Mono.error(ApiProblem.preconditionFailed()))
                .then(toegang.gelukt("organisatie.deactiveren", TYPE, ids(id)))
                .then(organisaties.findById(id)))))));
  }

  private Mono<Organisatie> huidig(UUID id, int versie) {
    return organisaties.findById(id)
        .switchIfEmpty(Mono.error(ApiProblem::notFound))
        .flatMap(o -> !o.actief()
            ? Mono.error(ApiProblem.conflict("Deze organisatie is gedeactiveerd en kan niet meer worden gewijzigd."))
            : o.versie() != versie ? Mono.error(ApiProblem.preconditionFailed()) : Mono.just(o));
  }

  /** Every error at once: fields, the fields that belong to the type, known regions and azc. */
  private Mono<Void> valideer(OrganisatieInvoer in, Organisatie huidig) {
    List<InvalidParam> errors = new ArrayList<>(toegang.fouten(in));
    OrganisatieType type = in.type();
    if (type != null) {
      eisAlleenBij(errors, "cbsCode", in.cbsCode(), type == OrganisatieType.GEMEENTE, "gemeente");
      eisAlleenBij(errors, "azcCode", in.azcCode(), type == OrganisatieType.AZC, "azc");
      eisAlleenBij(errors, "coaRegio", in.coaRegio(), type == OrganisatieType.COA_REGIOKANTOOR, "coa-regiokantoor");
      if (type == OrganisatieType.PARTNER && (in.regios() == null || in.regios().isEmpty())) {
        errors.add(new InvalidParam("regios", "required", "een partner bedient minstens één regio"));
      }
    }
    if (huidig != null) {
      if (type != null && type != huidig.type()) {
        errors.add(new InvalidParam("type", "immutable", "kan niet worden gewijzigd"));
      }
      if (!Objects.equals(ContactpersoonInvoer.blankToNull(in.cbsCode()), huidig.cbsCode())) {
        errors.add(new InvalidParam("cbsCode", "immutable", "kan niet worden gewijzigd"));
      }
      if (!Objects.equals(ContactpersoonInvoer.blankToNull(in.azcCode()), huidig.azcCode())) {
        errors.add(new InvalidParam("azcCode", "immutable", "kan niet worden gewijzigd"));
      }
    }
    Mono<List<InvalidParam>> azc = huidig == null && type == OrganisatieType.AZC && in.azcCode() != null
        ? azcLocaties.byCode(in.azcCode()).hasElement().map(bestaat -> bestaat ? List.<InvalidParam>of()
            : List.of(new InvalidParam("azcCode", "unknown", "is geen bekende azc-locatie")))
        : Mono.just(List.of());
    return Mono.zip(azc, toegang.onbekendeRegios("regios", in.regios()))
        .flatMap(t -> {
          errors.addAll(t.getT1());
          errors.addAll(t.getT2());
          return GidsToegang.ongeldig(errors);
        });
  }

  private static void eisAlleenBij(List<InvalidParam> errors, String veld, String waarde, boolean hoortErbij,
      String type) {
    boolean leeg = waarde == null || waarde.isBlank();
    if (hoortErbij && leeg) {
      errors.add(new InvalidParam(veld, "required", "is verplicht bij type " + type));
    } else if (!hoortErbij && !leeg) {
      errors.add(new InvalidParam(veld, "notAllowed", "hoort alleen bij type " + type));
    }
  }

  private static List<String> ids(UUID id) {
    return List.of(id.toString());
  }
}
