package brussels.socialhealth.directory;

import brussels.socialhealth.core.Language;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.territory.TerritorialLevel;
import brussels.socialhealth.territory.TerritoryRef;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A small, hand-written directory of fictional actors in the bassin Sud-Est, and a fixed territory
 * ladder, shared by the tests. Every expected value in the tests is written by hand from this file.
 */
final class Fixtures {
  private Fixtures() {}

  static final TerritoryRef ETTERBEEK = TerritoryRef.commune("21005");
  static final TerritoryRef AUDERGHEM = TerritoryRef.commune("21002");
  static final TerritoryRef SUD_EST = TerritoryRef.bassin("SUD_EST");
  static final TerritoryRef REGION = TerritoryRef.of(TerritorialLevel.REGION, "04000");
  /** Two groupings of Etterbeek and one of Auderghem (test codes). */
  static final TerritoryRef ETTERBEEK_WEST = TerritoryRef.of(TerritorialLevel.NEIGHBOURHOOD, "21");
  static final TerritoryRef ETTERBEEK_EAST = TerritoryRef.of(TerritorialLevel.NEIGHBOURHOOD, "43");
  static final TerritoryRef AUDERGHEM_CENTRE = TerritoryRef.of(TerritorialLevel.NEIGHBOURHOOD, "30");

  /** The ladder of the test territory: a unit, then the units containing it. */
  static final Function<TerritoryRef, List<TerritoryRef>> LADDER = ref -> Map.of(
      ETTERBEEK_WEST, List.of(ETTERBEEK_WEST, ETTERBEEK, SUD_EST, REGION),
      ETTERBEEK_EAST, List.of(ETTERBEEK_EAST, ETTERBEEK, SUD_EST, REGION),
      AUDERGHEM_CENTRE, List.of(AUDERGHEM_CENTRE, AUDERGHEM, SUD_EST, REGION),
      ETTERBEEK, List.of(ETTERBEEK, SUD_EST, REGION),
      AUDERGHEM, List.of(AUDERGHEM, SUD_EST, REGION),
      SUD_EST, List.of(SUD_EST, REGION),
      REGION, List.of(REGION)).getOrDefault(ref, List.of(ref));

  static Organisation organisation(String id, OrganisationKind kind, String fr, String nl) {
    return Organisation.builder().id(id).names(LocalizedText.of(fr, nl)).kind(kind).build();
  }

  static Site site(String id, String organisationId, TerritoryRef commune, TerritoryRef neighbourhood) {
    return Site.builder().id(id).organisationId(organisationId).commune(commune).neighbourhood(neighbourhood)
        .bassin(SUD_EST).build();
  }

  static ImmutableService.Builder service(String id, String organisationId, String siteId, TerritorialLevel level,
      Theme... themes) {
    return Service.builder().id(id).organisationId(organisationId)
        .names(LocalizedText.of("Service " + id, "Dienst " + id))
        .addThemes(themes).addPublics(TargetPublic.ALL).addLocations(ServiceAtSite.of(siteId)).level(level);
  }

  /** The generalist reception of the fictional CPAS of Etterbeek: meets every label criterion it can. */
  static final Service CPAS_RECEPTION = service("cpas-e.accueil", "cpas-e", "cpas-e.site", TerritorialLevel.COMMUNE,
      Theme.INFORMATION_ORIENTATION, Theme.ACCESS_TO_RIGHTS)
      .addAccessModes(AccessMode.IN_PERSON, AccessMode.PHONE, AccessMode.EMAIL)
      .cost(Cost.FREE).labelNetwork(true).addLanguages(SpokenLanguage.FRENCH, SpokenLanguage.DUTCH).build();

  /** A directory: neighbourhood, commune, bassin and region mental-health services around Etterbeek. */
  static Directory directory() {
    return Directory.builder()
        .addOrganisations(
            organisation("cpas-e", OrganisationKind.CPAS, "CPAS fictif d'Etterbeek", "Fictief OCMW Etterbeek"),
            organisation("mm-w", OrganisationKind.MEDICAL_HOUSE, "Maison médicale de l'Ouest", "Wijkgezondheidscentrum West"),
            organisation("mm-e", OrganisationKind.MEDICAL_HOUSE, "Maison médicale de l'Est", "Wijkgezondheidscentrum Oost"),
            organisation("ssm-a", OrganisationKind.MENTAL_HEALTH_SERVICE, "SSM d'Auderghem", "CGG Oudergem"),
            organisation("ssm-se", OrganisationKind.MENTAL_HEALTH_SERVICE, "SSM du Sud-Est", "CGG Zuid-Oost"),
            organisation("ligne-r", OrganisationKind.ASBL, "Ligne d'écoute régionale", "Gewestelijke luisterlijn"))
        .addSites(
            site("cpas-e.site", "cpas-e", ETTERBEEK, ETTERBEEK_WEST),
            site("mm-w.site", "mm-w", ETTERBEEK, ETTERBEEK_WEST),
            site("mm-e.site", "mm-e", ETTERBEEK, ETTERBEEK_EAST),
            site("ssm-a.site", "ssm-a", AUDERGHEM, AUDERGHEM_CENTRE),
            site("ssm-se.site", "ssm-se", AUDERGHEM, AUDERGHEM_CENTRE),
            site("ligne-r.site", "ligne-r", ETTERBEEK, ETTERBEEK_EAST))
        .addServices(
            CPAS_RECEPTION,
            service("cpas-e.psy", "cpas-e", "cpas-e.site", TerritorialLevel.COMMUNE, Theme.MENTAL_HEALTH)
                .addLanguages(SpokenLanguage.FRENCH).build(),
            service("mm-w.psy", "mm-w", "mm-w.site", TerritorialLevel.NEIGHBOURHOOD, Theme.MENTAL_HEALTH)
                .addLanguages(SpokenLanguage.FRENCH, SpokenLanguage.ARABIC).build(),
            service("mm-e.psy", "mm-e", "mm-e.site", TerritorialLevel.NEIGHBOURHOOD, Theme.MENTAL_HEALTH,
                Theme.ADDICTION).addLanguages(SpokenLanguage.FRENCH).build(),
            service("ssm-a.psy", "ssm-a", "ssm-a.site", TerritorialLevel.COMMUNE, Theme.MENTAL_HEALTH)
                .addLanguages(SpokenLanguage.DUTCH).build(),
            service("ssm-se.psy", "ssm-se", "ssm-se.site", TerritorialLevel.BASSIN, Theme.MENTAL_HEALTH)
                .addLanguages(SpokenLanguage.FRENCH, SpokenLanguage.DUTCH).build(),
            service("ligne-r.psy", "ligne-r", "ligne-r.site", TerritorialLevel.REGION, Theme.MENTAL_HEALTH)
                .addCoverage(REGION).addLanguages(SpokenLanguage.FRENCH, SpokenLanguage.DUTCH, SpokenLanguage.ENGLISH)
                .build())
        .addProfessionals(
            Professional.builder().id("p-ada").givenName("Ada").familyName("Exemple").organisationId("cpas-e")
                .function(LocalizedText.of("Assistante sociale", "Maatschappelijk werker")).build(),
            Professional.builder().id("p-bo").givenName("Bo").organisationId("mm-w").build(),
            Professional.builder().id("p-cy").givenName("Cy").organisationId("ssm-se").build())
        .addTeams(Team.builder().id("team-se").names(LocalizedText.of("Équipe du bassin Sud-Est", "Zorgzoneteam Zuid-Oost"))
            .territory(SUD_EST).addRoles(Role.COORDINATION, Role.PREVENTION_HEALTH_PROMOTION).build())
        .addBodies(Body.builder().id("zogab-se").names(LocalizedText.of("ZOGAB Sud-Est", "ZOGAB Zuid-Oost"))
            .kind(BodyKind.BASSIN_SUPPORT_GROUP).territory(SUD_EST).build())
        .addMemberships(
            Membership.builder().id("m1").memberId("p-ada").groupId("zogab-se").role(Role.REPRESENTATIVE).build(),
            Membership.builder().id("m2").memberId("p-cy").groupId("team-se").role(Role.COORDINATION).build())
        .addLinks(Link.builder().id("l1").kind(LinkKind.REFERRAL).fromId("mm-w").toId("ssm-se").build())
        .build();
  }

  static String fr(LocalizedText text) {
    return text.get(Language.FR);
  }
}
