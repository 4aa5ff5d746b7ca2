/**
 * The shared kernel of the Brussels social-health model: value types used by every module.
 *
 * <ul>
 *   <li>Text: {@link brussels.socialhealth.core.LocalizedText} in {@link brussels.socialhealth.core.Language}s
 *       (French and Dutch for official names).
 *   <li>Errors: {@link brussels.socialhealth.core.InvalidValueException} for values that cannot exist,
 *       each with a stable code from {@link brussels.socialhealth.core.CoreCodes} and a message in French,
 *       Dutch and English from {@link brussels.socialhealth.core.Messages}.
 *   <li>Opening hours: {@link brussels.socialhealth.core.OpeningHours}, a weekly schedule of
 *       {@link brussels.socialhealth.core.TimeRange}s with public-holiday hours
 *       ({@link brussels.socialhealth.core.BelgianPublicHolidays}) and date exceptions, asked whether it is
 *       open at a moment in Europe/Brussels; its text form is a subset of OpenStreetMap
 *       {@code opening_hours} ({@code docs/opening-hours.md}), and parse errors are
 *       {@link brussels.socialhealth.core.OpeningHoursSyntaxException}s with position and token.
 *   <li>Style: {@link brussels.socialhealth.core.SocialHealthStyle}, the one Immutables style.
 * </ul>
 *
 * <p>Sub-packages: {@code validation} (reports and the validator facade), {@code json} (Jackson 3 and 2
 * configuration).
 */
@SocialHealthStyle
package brussels.socialhealth.core;
