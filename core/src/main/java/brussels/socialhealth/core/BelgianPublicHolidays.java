package brussels.socialhealth.core;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;

/**
 * The ten Belgian legal public holidays, the days that the {@code PH} rule of {@link OpeningHours} applies
 * to: New Year's Day (1 January), Easter Monday, Labour Day (1 May), Ascension Day (Easter + 39 days),
 * Whit Monday (Easter + 50 days), National Day (21 July), Assumption (15 August), All Saints' Day
 * (1 November), Armistice Day (11 November) and Christmas Day (25 December).
 *
 * <p>Regional and community holidays (Iris Day on 8 May, 11 July, 27 September) are not legal public
 * holidays for everyone and are not included: a service that closes on them lists the date as an exception
 * ({@code 2026-05-08 off}). Holidays falling on a Sunday are not moved. Stateless and thread-safe.
 */
public final class BelgianPublicHolidays {
  private BelgianPublicHolidays() {}

  /**
   * Tells whether a date is a Belgian legal public holiday.
   *
   * @param date the date; not null
   * @return true for the ten legal holidays of that year
   */
  public static boolean isPublicHoliday(LocalDate date) {
    switch (date.getMonth()) {
      case JANUARY:
        return date.getDayOfMonth() == 1;
      case JULY:
        return date.getDayOfMonth() == 21;
      case AUGUST:
        return date.getDayOfMonth() == 15;
      case NOVEMBER:
        return date.getDayOfMonth() == 1 || date.getDayOfMonth() == 11;
      case DECEMBER:
        return date.getDayOfMonth() == 25;
      case MARCH:
      case APRIL:
      case MAY:
      case JUNE:
        if (date.getMonth() == Month.MAY && date.getDayOfMonth() == 1) {
          return true;
        }
        if (date.getDayOfWeek() != DayOfWeek.MONDAY && date.getDayOfWeek() != DayOfWeek.THURSDAY) {
          return false;
        }
        LocalDate easter = easterSunday(date.getYear());
        return date.equals(easter.plusDays(1)) || date.equals(easter.plusDays(39))
            || date.equals(easter.plusDays(50));
      default:
        return false;
    }
  }

  /**
   * Returns the ten legal public holidays of a year, in date order.
   *
   * @param year the year, 1583 or later (Gregorian calendar)
   * @return an immutable list of ten dates
   */
  public static List<LocalDate> of(int year) {
    LocalDate easter = easterSunday(year);
    return List.of(
        LocalDate.of(year, 1, 1),
        easter.plusDays(1),
        LocalDate.of(year, 5, 1),
        easter.plusDays(39),
        easter.plusDays(50),
        LocalDate.of(year, 7, 21),
        LocalDate.of(year, 8, 15),
        LocalDate.of(year, 11, 1),
        LocalDate.of(year, 11, 11),
        LocalDate.of(year, 12, 25))
        .stream().sorted().toList();
  }

  /**
   * Returns Easter Sunday of a year in the Gregorian calendar (anonymous Gregorian algorithm).
   *
   * @param year the year, 1583 or later
   * @return the date of Easter Sunday
   */
  public static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, day);
  }
}
