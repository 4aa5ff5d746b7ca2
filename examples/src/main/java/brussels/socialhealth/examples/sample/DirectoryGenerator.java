package brussels.socialhealth.examples.sample;

import brussels.socialhealth.core.EmailAddress;
import brussels.socialhealth.core.LocalizedText;
import brussels.socialhealth.core.OpeningHours;
import brussels.socialhealth.core.PhoneNumber;
import brussels.socialhealth.core.PostalAddress;
import brussels.socialhealth.core.WebAddress;
import brussels.socialhealth.directory.AccessMode;
import brussels.socialhealth.directory.AccessibilityFeature;
import brussels.socialhealth.directory.CareLine;
import brussels.socialhealth.directory.Cost;
import brussels.socialhealth.directory.ImmutableDirectory;
import brussels.socialhealth.directory.Link;
import brussels.socialhealth.directory.LinkKind;
import brussels.socialhealth.directory.Organisation;
import brussels.socialhealth.directory.OrganisationKind;
import brussels.socialhealth.directory.Sector;
import brussels.socialhealth.directory.Service;
import brussels.socialhealth.directory.ServiceAtSite;
import brussels.socialhealth.directory.Site;
import brussels.socialhealth.directory.SpokenLanguage;
import brussels.socialhealth.directory.TargetPublic;
import brussels.socialhealth.directory.Theme;
import brussels.socialhealth.territory.TerritorialLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates fictional but realistic directory content: organisations of a dozen kinds in real communes,
 * with sites at invented addresses (real postal codes), services, opening hours and fictional contacts
 * ({@code 02/555.xx.xx} numbers, {@code .example} domains). Deterministic: the same seed and sizes give the
 * same directory on every JVM ({@link Random} is specified).
 *
 * <p>Used by {@link SampleDirectory} (one bassin) and by the directory benchmark (10,000 services across
 * the Region). Not thread-safe: one generator per run.
 */
public final class DirectoryGenerator {
  private static final String[][] WORDS = {
      {"des Tilleuls", "De Linden"}, {"des Glycines", "De Blauweregen"}, {"des Marronniers", "De Kastanjes"},
      {"des Érables", "De Esdoorns"}, {"des Peupliers", "De Populieren"}, {"des Bouleaux", "De Berken"},
      {"des Saules", "De Wilgen"}, {"des Chênes", "De Eiken"}, {"des Hêtres", "De Beuken"},
      {"des Aubépines", "De Meidoorns"}, {"des Sureaux", "De Vlieren"}, {"des Noisetiers", "De Hazelaars"},
      {"des Cerisiers", "De Kerselaars"}, {"des Pommiers", "De Appelbomen"}, {"des Lilas", "De Seringen"},
      {"des Roseaux", "De Rieten"}};
  private static final String[][] STREETS = {
      {"Rue des Alouettes", "Leeuwerikenstraat"}, {"Avenue du Verger", "Boomgaardlaan"},
      {"Rue de la Source", "Bronstraat"}, {"Place du Marché aux Herbes", "Kruidenmarktplein"},
      {"Rue du Moulin à Vent", "Windmolenstraat"}, {"Avenue des Trois Fontaines", "Driefonteinenlaan"},
      {"Rue du Pré Fleuri", "Bloemenweidestraat"}, {"Chaussée du Vieux Pont", "Oudebrugsteenweg"},
      {"Rue de l'Étang Bleu", "Blauwevijverstraat"}, {"Avenue des Cerfs-Volants", "Vliegerslaan"},
      {"Rue de la Chapelle Verte", "Groenekapelstraat"}, {"Clos des Hirondelles", "Zwaluwengaarde"}};
  private static final String[] HOURS = {
      "Mo-Fr 09:00-12:00,13:00-17:00", "Mo-Fr 08:30-18:30", "Mo,We,Fr 09:00-13:00",
      "Mo-Fr 09:00-17:00; Sa 09:00-12:00; PH off", "Tu-Th 13:00-19:00", "Mo-Fr 09:00-16:00"};

  private final Random random;
  private int phoneCounter;

  /**
   * Creates a generator.
   *
   * @param seed the seed; the same seed gives the same output
   */
  public DirectoryGenerator(long seed) {
    this.random = new Random(seed);
  }

  /** What one organisation template produces. */
  private interface Template {
    void add(DirectoryGenerator generator, ImmutableDirectory.Builder builder, String id, SampleCommune commune,
        String[] word, Site site);
  }

  private static final List<Template> TEMPLATES = List.of(
      // 0. A CPAS social antenna: generalist reception, access to rights, debt.
      (g, b, id, c, w, site) -> {
        g.organisation(b, id, OrganisationKind.CPAS, "Antenne sociale " + w[0], "Sociaal antennepunt " + w[1], c,
            site, Sector.SOCIAL);
        b.addServices(g.service(id + ".accueil", id, site, "Accueil social", "Sociaal onthaal",
            TerritorialLevel.COMMUNE, CareLine.FIRST_LINE, Cost.FREE)
            .addThemes(Theme.INFORMATION_ORIENTATION, Theme.ACCESS_TO_RIGHTS)
            .addPublics(TargetPublic.ALL)
            .addAccessModes(AccessMode.IN_PERSON, AccessMode.PHONE, AccessMode.EMAIL)
            .labelNetwork(g.maybe(0.6)).build());
        b.addServices(g.service(id + ".energie", id, site, "Guidance énergie", "Energiebegeleiding",
            TerritorialLevel.COMMUNE, CareLine.FIRST_LINE, Cost.FREE)
            .addThemes(Theme.DEBT, Theme.HOUSING).addPublics(TargetPublic.ALL, TargetPublic.FAMILIES)
            .addAccessModes(AccessMode.IN_PERSON, AccessMode.HOME_VISIT).build());
      },
      // 1. A medical house: primary care, mental health at the first line.
      (g, b, id, c, w, site) -> {
        g.organisation(b, id, OrganisationKind.MEDICAL_HOUSE, "Maison médicale " + w[0], "Wijkgezondheidscentrum "
            + w[1], c, site, Sector.HEALTH, Sector.SOCIAL);
        b.addServices(g.service(id + ".soins", id, site, "Soins de première ligne au forfait",
            "Eerstelijnszorg met forfait", TerritorialLevel.COMMUNE, CareLine.FIRST_LINE, Cost.FREE)
            .addThemes(Theme.PRIMARY_CARE, Theme.PREVENTION_HEALTH_PROMOTION).addPublics(TargetPublic.ALL)
            .addAccessModes(AccessMode.IN_PERSON, AccessMode.PHONE, AccessMode.HOME_VISIT).build());
        b.addServices(g.service(id + ".psy", id, site, "Consultation psychologique de première ligne",
            "Eerstelijnspsychologische consultatie", TerritorialLevel.COMMUNE, CareLine.FIRST_LINE, Cost.INCOME_BASED)
            .addThemes(Theme.MENTAL_HEALTH).addPublics(TargetPublic.ALL)
            .addAccessModes(AccessMode.IN_PERSON, AccessMode.PHONE).build());
      },
      // 2. A mental-health service.
      (g, b, id, c, w, site) -> {
        g.organisation(b, id, OrganisationKind.MENTAL_HEALTH_SERVICE, "Service de santé mentale " + w[0],
            "Centrum voor geestelijke gezondheidszorg " + w[1], List.of(c.ref(), c.bassin()), site, Sector.MENTAL_HEALTH);
        b.addServices(g.service(id + ".consultations", id, site, "Consultations adultes et enfants",
            "Consultaties volwassenen en kinderen", TerritorialLevel.COMMUNE, CareLine.SPECIALISED, Cost.INCOME_BASED)
            .addThemes(Theme.MENTAL_HEALTH).addPublics(TargetPublic.ALL)
            .addAccessModes(AccessMode.IN_PERSON, AccessMode.PHONE).build());
        b.addServices(g.service(id + ".mobile", id, site, "Équipe mobile", "Mobiel team",
            TerritorialLevel.BASSIN, CareLine.SPECIALISED, Cost.FREE)
            .addThemes(Theme.MENTAL_HEALTH, Theme.ADDICTION).addPublics(TargetPublic.HOMELESS, TargetPublic.YOUNG_PEOPLE)
            .addAccessModes(AccessMode.OUTREACH, AccessMode.PHONE).referralRequired(true).build());
      },
      // 3. Home care.
      (g, b, id, c, w, site) -> {
        g.organisation(b, id, OrganisationKind.HOME_CARE_SERVICE, "Aide et soins à domicile " + w[0],
            "Thuiszorg " + w[1], List.of(c.ref(), c.bassin()), site, Sector.HEALTH, Sector.SOCIAL);
        b.addServices(g.service(id + ".domicile", id, site, "Aide familiale et soins infirmiers à domicile",
            "Gezinszorg en thuisverpleging", TerritorialLevel.COMMUNE, CareLine.FIRST_LINE, Cost.INCOME_BASED)
            .addThemes(Theme.HOME_CARE).addPublics(TargetPublic.ELDERLY, TargetPublic.PEOPLE_WITH_DISABILITIES)
            .addAccessModes(AccessMode.PHONE, AccessMode.HOME_VISIT).build());
        b.addServices(g.service(id + ".garde", id, site, "Garde à domicile de nuit", "Nachtoppas aan huis",
            TerritorialLevel.BASSIN, CareLine.FIRST_LINE, Cost.INCOME_BASED)
            .addThemes(Theme.HOME_CARE, Theme.PALLIATIVE_CARE).addPublics(TargetPublic.ELDERLY, TargetPublic.CAREGIVERS)
            .addAccessModes(AccessMode.PHONE).build());
      },
      // 4. A neighbourhood house: generalist information, social cohesion.
      (g, b, id, c, w, site) -> {
        g.organisation(b, id, OrganisationKind.ASBL, "Maison de quartier " + w[0], "Buurthuis " + w[1], c, site,
            Sector.SOCIAL, Sector.CULTURE);
        var accueil = g.service(id + ".permanence", id, site,
            "Permanence d'information", "Informatiepermanentie", TerritorialLevel.COMMUNE, CareLine.FIRST_LINE, Cost.FREE)
            .addThemes(Theme.INFORMATION_ORIENTATION, Theme.SOCIAL_COHESION).addPublics(TargetPublic.ALL)
            .addAccessModes(AccessMode.IN_PERSON, AccessMode.PHONE);
        if (g.random.nextBoolean()) {
          accueil.addAccessModes(AccessMode.EMAIL);
        }
        b.addServices(accueil.labelNetwork(g.maybe(0.7)).build());
        b.addServices(g.service(id + ".ecrivain", id, site, "Écrivain public", "Openbare schrijver",
            TerritorialLevel.COMMUNE, CareLine.FIRST_LINE, Cost.FREE)
            .addThemes(Theme.ACCESS_TO_RIGHTS).addPublics(TargetPublic.ALL, TargetPublic.NEWCOMERS)
            .addAccessModes(AccessMode.IN_PERSON).build());
      },
      // 5. Debt mediation.
      (g, b, id, c, w, site) -> {
        g.organisation(b, id, OrganisationKind.ASBL, "Médiation de dettes " + w[0], "Schuldbemiddeling " + w[1], c,
            site, Sector.SOCIAL);
        b.addServices(g.service(id + ".mediation", id, site, "Médiation de dettes amiable",
            "Minnelijke schuldbemiddeling", TerritorialLevel.COMMUNE, CareLine.SPECIALISED, Cost.FREE)
            .addThemes(Theme.DEBT).addPublics(TargetPublic.ALL)
            .addAccessModes(AccessMode.IN_PERSON, AccessMode.PHONE, AccessMode.EMAIL).build());
        b.addServices(g.service(id + ".budget", id, site, "Ateliers budget", "Budgetworkshops",
            TerritorialLevel.COMMUNE, CareLine.FIRST_LINE, Cost.FREE)
            .addThemes(Theme.DEBT, Theme.PREVENTION_HEALTH_PROMOTION).addPublics(TargetPublic.ALL)
            .addAccessModes(AccessMode.IN_PERSON).build());
      },
      // 6. Social rental agency.
      (g, b, id, c, w, site) -> {
        g.organisation(b, id, OrganisationKind.ASBL, "Agence immobilière sociale " + w[0],
            "Sociaal verhuurkantoor " + w[1], List.of(c.ref(), c.bassin()), site, Sector.HOUSING);
        b.addServices(g.service(id + ".logement", id, site, "Logements à loyer modéré",
            "Woningen met matige huurprijs", TerritorialLevel.BASSIN, CareLine.FIRST_LINE, Cost.PAID)
            .addThemes(Theme.HOUSING).addPublics(TargetPublic.FAMILIES, TargetPublic.ELDERLY)
            .addAccessModes(AccessMode.IN_PERSON, AccessMode.EMAIL).build());
        b.addServices(g.service(id + ".accompagnement", id, site, "Accompagnement à l'habiter", "Woonbegeleiding",
            TerritorialLevel.COMMUNE, CareLine.FIRST_LINE, Cost.FREE)
            .addThemes(Theme.HOUSING, Theme.ACCESS_TO_RIGHTS).addPublics(TargetPublic.HOMELESS, TargetPublic.FAMILIES)
            .addAccessModes(AccessMode.HOME_VISIT, AccessMode.PHONE).build());
      },
      // 7. Social grocery.
      (g, b, id, c, w, site) -> {
        g.organisation(b, id, OrganisationKind.ASBL, "Épicerie sociale " + w[0], "Sociale kruidenier " + w[1], c,
            site, Sector.SOCIAL);
        b.addServices(g.service(id + ".epicerie", id, site, "Épicerie à prix réduits", "Winkel met verlaagde prijzen",
            TerritorialLevel.COMMUNE, CareLine.FIRST_LINE, Cost.INCOME_BASED)
            .addThemes(Theme.FOOD_AID).addPublics(TargetPublic.ALL).addAccessModes(AccessMode.IN_PERSON)
            .referralRequired(true).build());
        b.addServices(g.service(id + ".colis", id, site, "Colis alimentaires", "Voedselpakketten",
            TerritorialLevel.COMMUNE, CareLine.FIRST_LINE, Cost.FREE)
            .addThemes(Theme.FOOD_AID).addPublics(TargetPublic.ALL, TargetPublic.UNDOCUMENTED)
            .addAccessModes(AccessMode.IN_PERSON).build());
      },
      // 8. Family planning centre.
      (g, b, id, c, w, site) -> {
        g.organisation(b, id, OrganisationKind.FAMILY_PLANNING, "Centre de planning familial " + w[0],
            "Centrum voor gezinsplanning " + w[1], c, site, Sector.HEALTH, Sector.SOCIAL);
        b.addServices(g.service(id + ".consultations", id, site, "Consultations de planning familial",
            "Consultaties gezinsplanning", TerritorialLevel.COMMUNE, CareLine.FIRST_LINE, Cost.FREE)
            .addThemes(Theme.PREVENTION_HEALTH_PROMOTION, Theme.FAMILY_SUPPORT, Theme.LEGAL_AID)
            .addPublics(TargetPublic.YOUNG_PEOPLE, TargetPublic.PREGNANT_WOMEN, TargetPublic.FAMILIES)
            .addAccessModes(AccessMode.IN_PERSON, AccessMode.PHONE, AccessMode.EMAIL).build());
        b.addServices(g.service(id + ".animations", id, site, "Animations vie affective en milieu scolaire",
            "Relationele en seksuele vorming op school", TerritorialLevel.COMMUNE, CareLine.FIRST_LINE, Cost.FREE)
            .addThemes(Theme.PREVENTION_HEALTH_PROMOTION).addPublics(TargetPublic.YOUNG_PEOPLE, TargetPublic.CHILDREN)
            .addAccessModes(AccessMode.OUTREACH).build());
      },
      // 9. Communal senior service.
      (g, b, id, c, w, site) -> {
        g.organisation(b, id, OrganisationKind.COMMUNAL_SERVICE, "Service seniors " + w[0],
            "Seniorendienst " + w[1], c, site, Sector.SOCIAL);
        b.addServices(g.service(id + ".visites", id, site, "Visites à domicile contre l'isolement",
            "Huisbezoeken tegen eenzaamheid", TerritorialLevel.COMMUNE, CareLine.FIRST_LINE, Cost.FREE)
            .addThemes(Theme.SOCIAL_COHESION, Theme.PREVENTION_HEALTH_PROMOTION)
            .addPublics(TargetPublic.ELDERLY, TargetPublic.CAREGIVERS)
            .addAccessModes(AccessMode.PHONE, AccessMode.HOME_VISIT, AccessMode.OUTREACH).build());
        b.addServices(g.service(id + ".mobilite", id, site, "Taxi social", "Sociale taxi",
            TerritorialLevel.COMMUNE, CareLine.FIRST_LINE, Cost.PAID)
            .addThemes(Theme.SOCIAL_COHESION).addPublics(TargetPublic.ELDERLY, TargetPublic.PEOPLE_WITH_DISABILITIES)
            .addAccessModes(AccessMode.PHONE).build());
      },
      // 10. Legal aid.
      (g, b, id, c, w, site) -> {
        g.organisation(b, id, OrganisationKind.ASBL, "Permanence juridique " + w[0], "Juridische permanentie " + w[1],
            List.of(c.ref(), c.bassin()), site, Sector.SOCIAL);
        b.addServices(g.service(id + ".droit", id, site, "Première aide juridique", "Juridische eerstelijnsbijstand",
            TerritorialLevel.BASSIN, CareLine.FIRST_LINE, Cost.FREE)
            .addThemes(Theme.LEGAL_AID, Theme.ACCESS_TO_RIGHTS)
            .addPublics(TargetPublic.ALL, TargetPublic.UNDOCUMENTED, TargetPublic.NEWCOMERS)
            .addAccessModes(AccessMode.IN_PERSON, AccessMode.ONLINE).build());
        b.addServices(g.service(id + ".sejour", id, site, "Permanence droit des étrangers", "Permanentie vreemdelingenrecht",
            TerritorialLevel.BASSIN, CareLine.SPECIALISED, Cost.FREE)
            .addThemes(Theme.LEGAL_AID, Theme.ACCESS_TO_RIGHTS).addPublics(TargetPublic.NEWCOMERS, TargetPublic.UNDOCUMENTED)
            .addAccessModes(AccessMode.IN_PERSON, AccessMode.PHONE).build());
      });

  /**
   * Returns the number of organisation templates, hence of organisations per commune in one round.
   *
   * @return the count
   */
  public static int templateCount() {
    return TEMPLATES.size();
  }

  /**
   * Adds organisations to a directory: for each commune, {@code perCommune} organisations cycling over the
   * templates, each with one site and its services.
   *
   * @param builder the directory builder to add to
   * @param communes the communes
   * @param perCommune organisations per commune
   * @return the ids of the organisations added, in order
   */
  public List<String> addOrganisations(ImmutableDirectory.Builder builder, List<SampleCommune> communes, int perCommune) {
    List<String> ids = new ArrayList<>();
    for (int c = 0; c < communes.size(); c++) {
      SampleCommune commune = communes.get(c);
      for (int i = 0; i < perCommune; i++) {
        int template = i % TEMPLATES.size();
        int round = i / TEMPLATES.size();
        String[] word = WORDS[(template + c * 5 + round * 3) % WORDS.length];
        String[] named = round == 0 ? word : new String[] {word[0] + " " + (round + 1), word[1] + " " + (round + 1)};
        String id = commune.slug() + "." + template + (round == 0 ? "" : "-" + round);
        Site site = site(id + ".site", id, commune);
        builder.addSites(site);
        TEMPLATES.get(template).add(this, builder, id, commune, named, site);
        ids.add(id);
      }
    }
    return ids;
  }

  void organisation(ImmutableDirectory.Builder builder, String id, OrganisationKind kind, String french, String dutch,
      SampleCommune commune, Site site, Sector... sectors) {
    organisation(builder, id, kind, french, dutch, List.of(commune.ref()), site, sectors);
  }

  void organisation(ImmutableDirectory.Builder builder, String id, OrganisationKind kind, String french, String dutch,
      List<brussels.socialhealth.territory.TerritoryRef> reach, Site site, Sector... sectors) {
    String domain = id.replace('.', '-') + ".example";
    builder.addOrganisations(Organisation.builder()
        .id(id)
        .names(LocalizedText.of(french, dutch))
        .kind(kind)
        .addSectors(sectors)
        .reach(reach)
        .addSiteIds(site.getId())
        .addPhones(phone())
        .addEmails(EmailAddress.parse("info@" + domain))
        .website(WebAddress.parse("https://www." + domain))
        .build());
  }

  Site site(String id, String organisationId, SampleCommune commune) {
    String[] street = STREETS[random.nextInt(STREETS.length)];
    var site = Site.builder()
        .id(id)
        .organisationId(organisationId)
        .commune(commune.ref())
        .bassin(commune.bassin())
        .address(PostalAddress.of(LocalizedText.of(street[0], street[1]), Integer.toString(1 + random.nextInt(180)),
            commune.postalCode(), commune.names()))
        .openingHours(OpeningHours.parse(HOURS[random.nextInt(HOURS.length)]))
        .addPhones(phone());
    if (random.nextInt(3) > 0) {
      site.addAccessibility(AccessibilityFeature.WHEELCHAIR_ACCESS);
    }
    if (random.nextBoolean()) {
      site.addAccessibility(AccessibilityFeature.PUBLIC_TRANSPORT);
    }
    return site.build();
  }

  brussels.socialhealth.directory.ImmutableService.Builder service(String id, String organisationId, Site site,
      String french, String dutch, TerritorialLevel level, CareLine careLine, Cost cost) {
    var service = Service.builder()
        .id(id)
        .organisationId(organisationId)
        .names(LocalizedText.of(french, dutch))
        .level(level)
        .careLine(careLine)
        .cost(cost)
        .addLanguages(SpokenLanguage.FRENCH);
    if (random.nextInt(4) > 0) {
      service.addLanguages(SpokenLanguage.DUTCH);
    }
    SpokenLanguage[] others = {SpokenLanguage.ENGLISH, SpokenLanguage.ARABIC, SpokenLanguage.SPANISH,
        SpokenLanguage.TURKISH, SpokenLanguage.PORTUGUESE, SpokenLanguage.POLISH, SpokenLanguage.ROMANIAN};
    if (random.nextInt(3) == 0) {
      service.addLanguages(others[random.nextInt(others.length)]);
    }
    if (random.nextInt(5) == 0) {
      service.addLocations(ServiceAtSite.builder().siteId(site.getId())
          .openingHours(OpeningHours.parse(HOURS[random.nextInt(HOURS.length)])).build());
    } else {
      service.addLocations(ServiceAtSite.of(site.getId()));
    }
    return service;
  }

  java.util.Optional<Boolean> maybe(double yes) {
    double draw = random.nextDouble();
    return draw < yes ? java.util.Optional.of(true) : draw < yes + (1 - yes) / 2 ? java.util.Optional.empty()
        : java.util.Optional.of(false);
  }

  PhoneNumber phone() {
    int n = phoneCounter++ % 10_000;
    return PhoneNumber.parse(String.format("02/555.%02d.%02d", n / 100, n % 100));
  }

  /**
   * Adds referral links from each commune's neighbourhood house and social antenna to its debt mediation
   * and mental-health service, and a partnership between its medical house and mental-health service.
   *
   * @param builder the directory builder
   * @param communes the communes generated
   */
  public static void addLinks(ImmutableDirectory.Builder builder, List<SampleCommune> communes) {
    for (SampleCommune commune : communes) {
      String p = commune.slug() + ".";
      builder.addLinks(
          Link.builder().id(p + "link.1").kind(LinkKind.REFERRAL).fromId(p + "4").toId(p + "5").build(),
          Link.builder().id(p + "link.2").kind(LinkKind.REFERRAL).fromId(p + "0").toId(p + "2").build(),
          Link.builder().id(p + "link.3").kind(LinkKind.PARTNERSHIP).fromId(p + "1").toId(p + "2")
              .descriptions(LocalizedText.of("Intervision mensuelle", "Maandelijkse intervisie")).build());
    }
  }
}
