package brussels.socialhealth.examples.sample;

import brussels.socialhealth.core.EmailAddress;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.core.Period;
import brussels.socialhealth.core.PhoneNumber;
import brussels.socialhealth.core.WebAddress;
import brussels.socialhealth.directory.AccessMode;
import brussels.socialhealth.directory.Body;
import brussels.socialhealth.directory.BodyKind;
import brussels.socialhealth.directory.CareLine;
import brussels.socialhealth.directory.Cost;
import brussels.socialhealth.directory.Directory;
import brussels.socialhealth.directory.ImmutableDirectory;
import brussels.socialhealth.directory.Link;
import brussels.socialhealth.directory.LinkKind;
import brussels.socialhealth.directory.Membership;
import brussels.socialhealth.directory.OrganisationKind;
import brussels.socialhealth.directory.Professional;
import brussels.socialhealth.directory.Role;
import brussels.socialhealth.directory.Sector;
import brussels.socialhealth.directory.Site;
import brussels.socialhealth.directory.TargetPublic;
import brussels.socialhealth.directory.Team;
import brussels.socialhealth.directory.Theme;
import brussels.socialhealth.examples.json.ExampleJson;
import brussels.socialhealth.territory.TerritorialLevel;
import brussels.socialhealth.territory.TerritoryRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The fictional directory of the bassin Sud-Est (Auderghem, Etterbeek, Woluwe-Saint-Lambert,
 * Woluwe-Saint-Pierre) used by {@code socialhealth demo}, {@code directory search} and {@code orient}.
 *
 * <p>Real communes, real postal codes and real kinds of bodies (the ZOGAB, the social coordinations, the
 * Conseil de l'Action du Bassin); every organisation, address, person, phone number ({@code 02/555.xx.xx})
 * and e-mail ({@code .example}) is invented. 48 organisations, more than 80 services, a bassin support team,
 * bodies and memberships over time, referral and partnership links.
 *
 * <p>The directory is generated from a fixed seed by {@link #generate()} and committed as
 * {@code sample-directory.json} next to this class, which {@link #load()} reads; a test keeps the two
 * equal. Regenerate the file with {@code java ... SampleDirectory <path>}.
 */
public final class SampleDirectory {
  /** The seed of the sample. */
  public static final long SEED = 2024L;
  /** The classpath resource holding the committed sample. */
  public static final String RESOURCE = "/brussels/socialhealth/examples/sample/sample-directory.json";
  /** The bassin of the sample. */
  public static final TerritoryRef BASSIN = TerritoryRef.bassin("SUD_EST");

  private SampleDirectory() {}

  /**
   * Reads the committed sample directory.
   *
   * @return the directory
   * @throws UncheckedIOException if the resource cannot be read
   */
  public static Directory load() {
    try (InputStream in = SampleDirectory.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException("missing resource " + RESOURCE));
      }
      return ExampleJson.read(in, Directory.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the sample as pretty JSON, as committed.
   *
   * @param directory the directory
   * @return the JSON text, ending with a new line
   */
  public static String toJson(Directory directory) {
    return ExampleJson.pretty(directory) + "\n";
  }

  /**
   * Regenerates the sample file.
   *
   * @param args the path to write, by default
   *     {@code examples/src/main/resources/brussels/socialhealth/examples/sample/sample-directory.json}
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path path = Path.of(args.length > 0 ? args[0]
        : "examples/src/main/resources" + RESOURCE);
    Files.writeString(path, toJson(generate()), StandardCharsets.UTF_8);
  }

  /**
   * Generates the sample directory from {@link #SEED}.
   *
   * @return the directory, equal to {@link #load()}
   */
  public static Directory generate() {
    ImmutableDirectory.Builder builder = Directory.builder();
    DirectoryGenerator generator = new DirectoryGenerator(SEED);
    generator.addOrganisations(builder, SampleCommune.SUD_EST, DirectoryGenerator.templateCount());
    DirectoryGenerator.addLinks(builder, SampleCommune.SUD_EST);
    addBassinActors(builder, generator);
    addPeopleAndBodies(builder);
    return builder.build();
  }

  private static void addBassinActors(ImmutableDirectory.Builder builder, DirectoryGenerator generator) {
    SampleCommune wsl = SampleCommune.SUD_EST.get(2);
    SampleCommune etterbeek = SampleCommune.SUD_EST.get(1);
    TerritoryRef region = TerritoryRef.of(TerritorialLevel.REGION, "04000");

    Site clinic = generator.site("clinique-se.site", "clinique-se", wsl);
    builder.addSites(clinic);
    generator.organisation(builder, "clinique-se", OrganisationKind.HOSPITAL, "Clinique universitaire des Quatre Vents",
        "Universitaire kliniek De Vier Winden", List.of(BASSIN), clinic, Sector.HEALTH, Sector.MENTAL_HEALTH);
    builder.addServices(
        generator.service("clinique-se.liaison", "clinique-se", clinic, "Liaison de sortie d'hospitalisation",
                "Ontslagmanagement na ziekenhuisopname", TerritorialLevel.BASSIN, CareLine.SPECIALISED, Cost.FREE)
            .addThemes(Theme.HOSPITAL_AMBULATORY_LIAISON, Theme.HOME_CARE).addPublics(TargetPublic.ALL)
            .addAccessModes(AccessMode.PHONE, AccessMode.EMAIL).referralRequired(true).build(),
        generator.service("clinique-se.urgence-psy", "clinique-se", clinic, "Consultation psychiatrique d'urgence",
                "Psychiatrische spoedconsultatie", TerritorialLevel.BASSIN, CareLine.SPECIALISED, Cost.PAID)
            .addThemes(Theme.MENTAL_HEALTH).addPublics(TargetPublic.ALL)
            .addAccessModes(AccessMode.IN_PERSON).build());

    Site network = generator.site("reseau-psy-se.site", "reseau-psy-se", etterbeek);
    builder.addSites(network);
    generator.organisation(builder, "reseau-psy-se", OrganisationKind.ASBL, "Réseau santé mentale du Sud-Est",
        "Netwerk geestelijke gezondheid Zuid-Oost", List.of(BASSIN), network, Sector.MENTAL_HEALTH);
    builder.addServices(generator.service("reseau-psy-se.outreach", "reseau-psy-se", network,
            "Équipe mobile aller vers", "Outreachend mobiel team", TerritorialLevel.BASSIN, CareLine.SPECIALISED,
            Cost.FREE)
        .addThemes(Theme.MENTAL_HEALTH).addPublics(TargetPublic.HOMELESS, TargetPublic.ALL)
        .addAccessModes(AccessMode.OUTREACH, AccessMode.PHONE).addCoverage(BASSIN).build());

    Site line = generator.site("ligne-ecoute.site", "ligne-ecoute", etterbeek);
    builder.addSites(line);
    generator.organisation(builder, "ligne-ecoute", OrganisationKind.ASBL, "Ligne d'écoute Les Veilleurs",
        "Luisterlijn De Wakers", List.of(region), line, Sector.MENTAL_HEALTH, Sector.SOCIAL);
    builder.addServices(generator.service("ligne-ecoute.ecoute", "ligne-ecoute", line, "Écoute téléphonique 24h/24",
            "Telefonische luisterlijn 24/7", TerritorialLevel.REGION, CareLine.FIRST_LINE, Cost.FREE)
        .addThemes(Theme.MENTAL_HEALTH, Theme.INFORMATION_ORIENTATION).addPublics(TargetPublic.ALL)
        .addAccessModes(AccessMode.PHONE, AccessMode.ONLINE).addCoverage(region).build());

    Site federation = generator.site("federation-amb.site", "federation-amb", etterbeek);
    builder.addSites(federation);
    generator.organisation(builder, "federation-amb", OrganisationKind.FEDERATION,
        "Fédération des services ambulatoires (exemple)", "Federatie van ambulante diensten (voorbeeld)",
        List.of(region), federation, Sector.SOCIAL, Sector.HEALTH);
    builder.addServices(generator.service("federation-amb.appui", "federation-amb", federation,
            "Appui aux professionnel·les", "Ondersteuning van professionals", TerritorialLevel.REGION,
            CareLine.FIRST_LINE, Cost.FREE)
        .addThemes(Theme.INFORMATION_ORIENTATION).addPublics(TargetPublic.PROFESSIONALS)
        .addAccessModes(AccessMode.PHONE, AccessMode.EMAIL).addCoverage(region).build());
    builder.addLinks(
        Link.builder().id("link.clinique-se.1").kind(LinkKind.REFERRAL).fromId("etterbeek.1").toId("clinique-se")
            .build(),
        Link.builder().id("link.reseau-psy.1").kind(LinkKind.PARTNERSHIP).fromId("reseau-psy-se")
            .toId("clinique-se").period(Period.startingOn(LocalDate.of(2024, 5, 1))).build());
  }

  private static Professional person(String id, String given, String family, String function, String functionNl,
      String organisationId) {
    var professional = Professional.builder().id(id).givenName(given).familyName(family)
        .function(LocalizedText.of(function, functionNl))
        .addEmails(EmailAddress.parse(id.replace("p.", "") + "@"
            + (organisationId == null ? "bassin-sud-est" : organisationId.replace('.', '-')) + ".example"));
    if (organisationId != null) {
      professional.organisationId(organisationId);
    }
    return professional.build();
  }

  private static void addPeopleAndBodies(ImmutableDirectory.Builder builder) {
    LocalDate start = LocalDate.of(2024, 1, 1);
    builder.addTeams(Team.builder()
        .id("equipe-sud-est")
        .names(LocalizedText.of("Équipe de soutien au bassin Sud-Est", "Ondersteuningsteam zorgzone Zuid-Oost",
            "Bassin Sud-Est support team"))
        .territory(BASSIN)
        .addRoles(Role.COORDINATION, Role.PREVENTION_HEALTH_PROMOTION, Role.HELPDESK)
        .addPhones(PhoneNumber.parse("02/555.99.00"))
        .addEmails(EmailAddress.parse("helpdesk@bassin-sud-est.example"))
        .website(WebAddress.parse("https://bassin-sud-est.example"))
        .build());
    builder.addProfessionals(
        person("p.noor.vandermolen", "Noor", "Vandermolen", "Coordination", "Coördinatie", null),
        person("p.yanis.lacroix", "Yanis", "Lacroix", "Coordination", "Coördinatie", null),
        person("p.lotte.benali", "Lotte", "Benali", "Chargée de prévention et promotion de la santé",
            "Medewerker preventie en gezondheidspromotie", null),
        person("p.bram.fontaine", "Bram", "Fontaine", "Chargé de prévention et promotion de la santé",
            "Medewerker preventie en gezondheidspromotie", null),
        person("p.ines.goossens", "Inès", "Goossens", "Coordination", "Coördinatie", null),
        person("p.milan.haddad", "Milan", "Haddad", "Coordinateur social", "Sociaal coördinator", "auderghem.0"),
        person("p.rania.wouters", "Rania", "Wouters", "Coordinatrice sociale", "Sociaal coördinator", "etterbeek.0"),
        person("p.jonas.mertens", "Jonas", "Mertens", "Coordinateur social", "Sociaal coördinator",
            "woluwe-saint-lambert.0"),
        person("p.zoe.renard", "Zoé", "Renard", "Coordinatrice sociale", "Sociaal coördinator",
            "woluwe-saint-pierre.0"),
        person("p.amir.claes", "Amir", "Claes", "Ambassadeur santé mentale", "Ambassadeur geestelijke gezondheid",
            "reseau-psy-se"),
        person("p.lina.dumont", "Lina", "Dumont", "Chargée de projets", "Projectmedewerker", "federation-amb"),
        person("p.hugo.jacobs", "Hugo", "Jacobs", "Médecin généraliste", "Huisarts", "etterbeek.1"),
        person("p.eva.yilmaz", "Eva", "Yilmaz", "Psychologue", "Psycholoog", "auderghem.2"),
        person("p.tom.marchal", "Tom", "Marchal", "Assistant social", "Maatschappelijk werker", "woluwe-saint-pierre.4"),
        person("p.sara.leclercq", "Sara", "Leclercq", "Infirmière de liaison", "Liaisonverpleegkundige", "clinique-se"));

    builder.addBodies(
        Body.builder().id("zogab-sud-est").names(LocalizedText.of("Groupe d'appui au bassin Sud-Est (ZOGAB)",
                "Zorgzone-ondersteuningsgroep Zuid-Oost (ZOGAB)")).kind(BodyKind.BASSIN_SUPPORT_GROUP)
            .territory(BASSIN).build(),
        Body.builder().id("cab-sud-est").names(LocalizedText.of("Conseil de l'Action du Bassin Sud-Est",
                "Raad voor de Zorgzoneactie Zuid-Oost")).kind(BodyKind.BASSIN_ACTION_COUNCIL).territory(BASSIN).build(),
        Body.builder().id("gt-sante-mentale-se").names(LocalizedText.of("Groupe de travail santé mentale du Sud-Est",
                "Werkgroep geestelijke gezondheid Zuid-Oost")).kind(BodyKind.WORKING_GROUP).territory(BASSIN).build());
    for (SampleCommune commune : SampleCommune.SUD_EST) {
      builder.addBodies(Body.builder().id("cs-" + commune.slug())
          .names(LocalizedText.of("Coordination sociale de " + commune.names().get(brussels.socialhealth.core.Language.FR),
              "Sociale coördinatie " + commune.names().get(brussels.socialhealth.core.Language.NL)))
          .kind(BodyKind.SOCIAL_COORDINATION).territory(commune.ref()).organisationId(commune.slug() + ".0").build());
    }

    Period since2024 = Period.startingOn(start);
    builder.addMemberships(
        membership("mb.team.1", "p.noor.vandermolen", "equipe-sud-est", Role.COORDINATION, since2024),
        membership("mb.team.2", "p.yanis.lacroix", "equipe-sud-est", Role.COORDINATION,
            Period.of(start, LocalDate.of(2024, 8, 31))),
        membership("mb.team.3", "p.ines.goossens", "equipe-sud-est", Role.COORDINATION,
            Period.startingOn(LocalDate.of(2024, 9, 1))),
        membership("mb.team.4", "p.lotte.benali", "equipe-sud-est", Role.PREVENTION_HEALTH_PROMOTION, since2024),
        membership("mb.team.5", "p.bram.fontaine", "equipe-sud-est", Role.PREVENTION_HEALTH_PROMOTION, since2024),
        membership("mb.team.6", "p.noor.vandermolen", "equipe-sud-est", Role.HELPDESK, since2024),
        membership("mb.zogab.1", "p.milan.haddad", "zogab-sud-est", Role.REPRESENTATIVE, since2024),
        membership("mb.zogab.2", "p.rania.wouters", "zogab-sud-est", Role.REPRESENTATIVE, since2024),
        membership("mb.zogab.3", "p.jonas.mertens", "zogab-sud-est", Role.REPRESENTATIVE, since2024),
        membership("mb.zogab.4", "p.zoe.renard", "zogab-sud-est", Role.REPRESENTATIVE, since2024),
        membership("mb.zogab.5", "p.amir.claes", "zogab-sud-est", Role.AMBASSADOR, since2024),
        membership("mb.zogab.6", "p.lina.dumont", "zogab-sud-est", Role.REPRESENTATIVE,
            Period.of(start, LocalDate.of(2024, 12, 31))),
        membership("mb.cab.1", "p.noor.vandermolen", "cab-sud-est", Role.SECRETARY, since2024),
        membership("mb.cab.2", "clinique-se", "cab-sud-est", Role.MEMBER, since2024),
        membership("mb.cab.3", "reseau-psy-se", "cab-sud-est", Role.MEMBER, since2024),
        membership("mb.gt.1", "p.eva.yilmaz", "gt-sante-mentale-se", Role.MEMBER, since2024),
        membership("mb.gt.2", "p.hugo.jacobs", "gt-sante-mentale-se", Role.MEMBER, since2024),
        membership("mb.gt.3", "p.sara.leclercq", "gt-sante-mentale-se", Role.MEMBER,
            Period.startingOn(LocalDate.of(2024, 9, 20))),
        membership("mb.gt.4", "p.amir.claes", "gt-sante-mentale-se", Role.CHAIR, since2024));
    int n = 0;
    for (SampleCommune commune : SampleCommune.SUD_EST) {
      for (int template = 0; template < DirectoryGenerator.templateCount(); template++) {
        builder.addMemberships(membership("mb.cs." + (++n), commune.slug() + "." + template, "cs-" + commune.slug(),
            template == 0 ? Role.CHAIR : Role.MEMBER, null));
      }
    }
  }

  private static Membership membership(String id, String member, String group, Role role, Period period) {
    var membership = Membership.builder().id(id).memberId(member).groupId(group).role(role);
    if (period != null) {
      membership.period(period);
    }
    return membership.build();
  }

  /**
   * Returns the communes of the sample's bassin, as territory references.
   *
   * @return the four communes
   */
  public static List<TerritoryRef> communes() {
    return SampleCommune.SUD_EST.stream().map(SampleCommune::ref).collect(java.util.stream.Collectors.toList());
  }

}
