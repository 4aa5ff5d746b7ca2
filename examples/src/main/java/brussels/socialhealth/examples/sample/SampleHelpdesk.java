package brussels.socialhealth.examples.sample;

import brussels.socialhealth.directory.Sector;
import brussels.socialhealth.directory.TargetPublic;
import brussels.socialhealth.directory.Theme;
import brussels.socialhealth.events.CaseSituation;
import brussels.socialhealth.events.CaseStatus;
import brussels.socialhealth.events.ComplexityFactor;
import brussels.socialhealth.events.HelpdeskCase;
import brussels.socialhealth.events.HelpdeskChannel;
import brussels.socialhealth.events.ImmutableCaseSituation;
import brussels.socialhealth.events.ImmutableRequester;
import brussels.socialhealth.events.Orientation;
import brussels.socialhealth.events.OrientationOutcome;
import brussels.socialhealth.events.Requester;
import brussels.socialhealth.events.UnmetNeed;
import brussels.socialhealth.events.UnmetNeedReason;
import brussels.socialhealth.events.EventsLimits;
import brussels.socialhealth.territory.TerritoryRef;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A seeded, deterministic generator of fictional helpdesk cases: the same seed gives the same cases,
 * byte for byte once written to JSON. Requesters are organisations of the fictional
 * {@link SampleDirectory} (by id) or described ones; orientations go to services of that directory that
 * serve one of the case's themes; situations carry codes only; no case has confidential notes.
 *
 * <p>Cases are received on working days between 9:00 and 17:00 in Brussels, mostly by phone and e-mail;
 * about 85% get an orientation within minutes to ten days, half of those are followed up, most end
 * closed; a few are cancelled, a few reopened; about a third record unmet needs. Stateless and
 * thread-safe.
 */
public final class SampleHelpdesk {
  /** The seed of {@link #year2024()}. */
  public static final long SEED = 20240101L;
  /** The number of cases of {@link #year2024()}. */
  public static final int YEAR_2024_CASES = 320;

  /** The communes of each sample bassin (NIS codes). */
  private static final Map<TerritoryRef, List<String>> COMMUNES = Map.of(
      TerritoryRef.bassin("SUD_EST"), List.of("21002", "21005", "21018", "21019"),
      TerritoryRef.bassin("SUD"), List.of("21007", "21009", "21013", "21016", "21017"));

  /** The themes, most frequent first. */
  private static final Theme[] THEMES = {Theme.MENTAL_HEALTH, Theme.HOUSING, Theme.DEBT, Theme.HOME_CARE,
      Theme.ACCESS_TO_RIGHTS, Theme.ADDICTION, Theme.DISABILITY, Theme.FOOD_AID, Theme.FAMILY_SUPPORT,
      Theme.LEGAL_AID};
  private static final TargetPublic[] PUBLICS = {TargetPublic.ELDERLY, TargetPublic.YOUNG_PEOPLE,
      TargetPublic.NEWCOMERS, TargetPublic.HOMELESS, TargetPublic.FAMILIES, TargetPublic.PEOPLE_WITH_DISABILITIES,
      TargetPublic.UNDOCUMENTED};
  private static final Sector[] SECTORS = {Sector.SOCIAL, Sector.HEALTH, Sector.MENTAL_HEALTH, Sector.HOUSING,
      Sector.PREVENTION, Sector.EDUCATION};
  /** Organisations of the sample directory of bassin Sud-Est ({@link SampleDirectory}). */
  private static final String[] ORGANISATIONS = {"auderghem.1", "etterbeek.0", "etterbeek.4", "etterbeek.9",
      "woluwe-saint-lambert.3", "woluwe-saint-pierre.1", "clinique-se", "reseau-psy-se"};
  private static final String[] DESCRIBED = {"Pharmacie du Coin", "Cabinet infirmier Lumière",
      "École fondamentale des Lilas", "Association Entre Voisins", "Kinésithérapie Rive Gauche"};
  private static final String[] FUNCTIONS = {"assistant·e social·e", "infirmier·ère", "médecin généraliste",
      "éducateur·rice", "pharmacien·ne", "coordinateur·rice", "psychologue", "aide familial·e"};
  /** Services of the sample directory of bassin Sud-Est ({@link SampleDirectory}) by the theme they serve. */
  private static final Map<Theme, List<String>> SERVICES = Map.of(
      Theme.MENTAL_HEALTH, List.of("auderghem.1.psy", "etterbeek.2.consultations", "woluwe-saint-pierre.2.mobile",
          "reseau-psy-se.outreach", "clinique-se.urgence-psy"),
      Theme.HOUSING, List.of("etterbeek.6.accompagnement", "auderghem.6.logement", "woluwe-saint-lambert.0.energie"),
      Theme.DEBT, List.of("auderghem.5.mediation", "woluwe-saint-pierre.5.budget"),
      Theme.HOME_CARE, List.of("woluwe-saint-lambert.3.domicile", "etterbeek.3.garde", "clinique-se.liaison"),
      Theme.ACCESS_TO_RIGHTS, List.of("etterbeek.0.accueil", "auderghem.10.sejour", "woluwe-saint-pierre.4.ecrivain"),
      Theme.ADDICTION, List.of("auderghem.2.mobile"),
      Theme.DISABILITY, List.of("etterbeek.9.visites"),
      Theme.FOOD_AID, List.of("auderghem.7.colis", "woluwe-saint-lambert.7.epicerie"),
      Theme.FAMILY_SUPPORT, List.of("etterbeek.8.consultations"),
      Theme.LEGAL_AID, List.of("woluwe-saint-pierre.10.droit"));

  private SampleHelpdesk() {}

  /**
   * Returns the sample cases of 2024: {@value #YEAR_2024_CASES} cases with seed {@value #SEED}, three
   * quarters in bassin Sud-Est and one quarter in bassin Sud.
   *
   * @return an immutable list, in order of reception
   */
  public static List<HelpdeskCase> year2024() {
    return generate(YEAR_2024_CASES, SEED, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
  }

  /**
   * Generates cases.
   *
   * @param count how many, 0 or more
   * @param seed the seed; the same seed gives the same cases
   * @param from the first day a case may be received
   * @param to the last day a case may be received (included), not before {@code from}
   * @return an immutable list, in order of reception
   */
  public static List<HelpdeskCase> generate(int count, long seed, LocalDate from, LocalDate to) {
    SplittableRandom random = new SplittableRandom(seed);
    long days = to.toEpochDay() - from.toEpochDay() + 1;
    List<Instant> receptions = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      LocalDate day = from.plusDays(random.nextLong(days));
      if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
        day = day.minusDays(day.getDayOfWeek() == DayOfWeek.SATURDAY ? 1 : 2);
        if (day.isBefore(from)) {
          day = day.plusDays(3);
        }
      }
      LocalTime time = LocalTime.of(9, 0).plusMinutes(random.nextInt(8 * 60));
      receptions.add(day.atTime(time).atZone(EventsLimits.ZONE).toInstant());
    }
    receptions.sort(null);
    List<HelpdeskCase> cases = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      cases.add(generateOne(random, i + 1, receptions.get(i)));
    }
    return List.copyOf(cases);
  }

  private static HelpdeskCase generateOne(SplittableRandom random, int number, Instant received) {
    TerritoryRef bassin = random.nextInt(4) < 3 ? TerritoryRef.bassin("SUD_EST") : TerritoryRef.bassin("SUD");
    HelpdeskCase helpdeskCase = HelpdeskCase.builder()
        .id(String.format("hd.%s.%06d", bassin.getCode().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), number))
        .bassin(bassin)
        .receivedAt(received)
        .channel(channel(random))
        .requester(requester(random))
        .situation(situation(random, bassin))
        .build();
    Instant at = received;
    int path = random.nextInt(100);
    if (path < 3) {
      return helpdeskCase.moveTo(CaseStatus.CANCELLED, at.plus(minutes(random, 10, 600)));
    }
    if (path < 75) {
      at = at.plus(minutes(random, 5, 180));
      helpdeskCase = helpdeskCase.moveTo(CaseStatus.IN_ANALYSIS, at);
    }
    if (path >= 90) {
      // information given during an analysis, no orientation needed
      if (helpdeskCase.getStatus() == CaseStatus.RECEIVED) {
        at = at.plus(minutes(random, 5, 180));
        helpdeskCase = helpdeskCase.moveTo(CaseStatus.IN_ANALYSIS, at);
      }
      return helpdeskCase.moveTo(CaseStatus.CLOSED, at.plus(minutes(random, 30, 2880)));
    }
    at = at.plus(delay(random));
    int orientations = 1 + random.nextInt(3);
    for (int i = 0; i < orientations; i++) {
      List<Theme> themes = List.copyOf(helpdeskCase.getSituation().getThemes());
      List<String> services = SERVICES.get(themes.get(random.nextInt(themes.size())));
      Orientation orientation = Orientation.builder()
          .serviceId(services.get(random.nextInt(services.size())))
          .proposedAt(at.plus(Duration.ofMinutes(i * 20L)))
          .build();
      helpdeskCase = helpdeskCase.orient(orientation);
    }
    Instant outcomeAt = at.plus(minutes(random, 60, 7 * 24 * 60));
    for (int i = 0; i < orientations; i++) {
      helpdeskCase = helpdeskCase.recordOutcome(i, outcome(random), outcomeAt);
    }
    if (random.nextInt(3) == 0) {
      int needs = 1 + random.nextInt(2);
      for (int i = 0; i < needs; i++) {
        helpdeskCase = helpdeskCase.recordUnmetNeed(unmetNeed(random, helpdeskCase));
      }
    }
    at = outcomeAt;
    if (random.nextBoolean()) {
      at = at.plus(minutes(random, 24 * 60, 14 * 24 * 60));
      helpdeskCase = helpdeskCase.moveTo(CaseStatus.FOLLOWED_UP, at);
    }
    if (random.nextInt(10) < 8) {
      at = at.plus(minutes(random, 60, 7 * 24 * 60));
      helpdeskCase = helpdeskCase.moveTo(CaseStatus.CLOSED, at);
      if (random.nextInt(25) == 0) {
        at = at.plus(minutes(random, 24 * 60, 30 * 24 * 60));
        helpdeskCase = helpdeskCase.moveTo(CaseStatus.REOPENED, at)
            .moveTo(CaseStatus.IN_ANALYSIS, at.plus(Duration.ofHours(2)));
      }
    }
    return helpdeskCase;
  }

  private static Duration minutes(SplittableRandom random, int min, int max) {
    return Duration.ofMinutes(min + random.nextInt(max - min + 1));
  }

  /** Time to first orientation: a third within 2 hours, a third within 2 days, the rest within 10 days. */
  private static Duration delay(SplittableRandom random) {
    int band = random.nextInt(3);
    return band == 0 ? minutes(random, 10, 120) : band == 1 ? minutes(random, 120, 2880)
        : minutes(random, 2880, 14400);
  }

  private static HelpdeskChannel channel(SplittableRandom random) {
    int draw = random.nextInt(100);
    return draw < 50 ? HelpdeskChannel.PHONE : draw < 85 ? HelpdeskChannel.EMAIL
        : draw < 95 ? HelpdeskChannel.IN_PERSON : HelpdeskChannel.OTHER;
  }

  private static Requester requester(SplittableRandom random) {
    ImmutableRequester.Builder requester = Requester.builder();
    if (random.nextInt(10) < 7) {
      requester.organisationId(ORGANISATIONS[random.nextInt(ORGANISATIONS.length)]);
    } else {
      requester.organisationName(DESCRIBED[random.nextInt(DESCRIBED.length)]);
    }
    requester.function(FUNCTIONS[random.nextInt(FUNCTIONS.length)]);
    if (random.nextInt(10) > 0) {
      requester.sector(SECTORS[random.nextInt(SECTORS.length)]);
    }
    return requester.build();
  }

  private static CaseSituation situation(SplittableRandom random, TerritoryRef bassin) {
    Set<Theme> themes = new LinkedHashSet<>();
    int themeCount = 1 + random.nextInt(3);
    while (themes.size() < themeCount) {
      // the first themes of the list are the most frequent
      themes.add(THEMES[Math.min(random.nextInt(THEMES.length), random.nextInt(THEMES.length))]);
    }
    Set<TargetPublic> publics = new LinkedHashSet<>();
    int publicCount = random.nextInt(3);
    while (publics.size() < publicCount) {
      publics.add(PUBLICS[random.nextInt(PUBLICS.length)]);
    }
    Set<ComplexityFactor> factors = new LinkedHashSet<>();
    int factorCount = 1 + random.nextInt(3);
    ComplexityFactor[] all = ComplexityFactor.values();
    while (factors.size() < factorCount) {
      factors.add(all[random.nextInt(all.length)]);
    }
    ImmutableCaseSituation.Builder situation = CaseSituation.builder().addAllThemes(themes).addAllPublics(publics)
        .addAllComplexityFactors(factors);
    if (random.nextInt(5) > 0) {
      List<String> communes = COMMUNES.get(bassin);
      situation.place(TerritoryRef.commune(communes.get(random.nextInt(communes.size()))));
    }
    return situation.build();
  }

  private static OrientationOutcome outcome(SplittableRandom random) {
    int draw = random.nextInt(100);
    return draw < 40 ? OrientationOutcome.ACCEPTED : draw < 55 ? OrientationOutcome.WAITING_LIST
        : draw < 67 ? OrientationOutcome.CONTACTED : draw < 79 ? OrientationOutcome.REFUSED
        : draw < 90 ? OrientationOutcome.NO_ANSWER : OrientationOutcome.PENDING;
  }

  private static UnmetNeed unmetNeed(SplittableRandom random, HelpdeskCase helpdeskCase) {
    int draw = random.nextInt(100);
    UnmetNeedReason reason = draw < 35 ? UnmetNeedReason.WAITING_LIST : draw < 55 ? UnmetNeedReason.NO_SERVICE
        : draw < 70 ? UnmetNeedReason.COST : draw < 82 ? UnmetNeedReason.LANGUAGE
        : draw < 90 ? UnmetNeedReason.ELIGIBILITY : draw < 96 ? UnmetNeedReason.DISTANCE : UnmetNeedReason.OTHER;
    List<Theme> themes = List.copyOf(helpdeskCase.getSituation().getThemes());
    return UnmetNeed.of(reason, themes.get(random.nextInt(themes.size())));
  }
}
