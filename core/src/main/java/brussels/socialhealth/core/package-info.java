/**
 * The shared kernel of the Brussels social-health model: value types used by every module.
 *
 * <ul>
 *   <li>Text: {@link brussels.socialhealth.core.LocalizedText} in {@link brussels.socialhealth.core.Language}s
 *       (French and Dutch for official names).
 *   <li>Contact: {@link brussels.socialhealth.core.PhoneNumber} (E.164, parsed from Belgian notations such as
 *       {@code 02/555.01.23} with libphonenumber), {@link brussels.socialhealth.core.EmailAddress},
 *       {@link brussels.socialhealth.core.WebAddress} (http and https only).
 *   <li>Place: {@link brussels.socialhealth.core.PostalAddress} (street and municipality as
 *       {@code LocalizedText}, since Brussels names them in French and Dutch) and
 *       {@link brussels.socialhealth.core.GeoPoint} (WGS84, with distances).
 *   <li>Identity: {@link brussels.socialhealth.core.EnterpriseNumber} (BCE/KBO, mod-97 checked, canonical
 *       {@code 0123.456.749}); {@link brussels.socialhealth.core.ExternalRef} (a record's identifier in a
 *       partner system, {@code social.brussels:12345}).
 *   <li>Time: {@link brussels.socialhealth.core.Period} (dates, inclusive, open-ended on either side).
 *   <li>Nothing lost: {@link brussels.socialhealth.core.Extensions} keeps the fields the model does not know,
 *       by namespace.
 *   <li>Errors: {@link brussels.socialhealth.core.InvalidValueException} for values that cannot exist,
 *       each with a stable code from {@link brussels.socialhealth.core.CoreCodes} and a message in French,
 *       Dutch and English from {@link brussels.socialhealth.core.Messages}.
 *   <li>Opening hours: {@link brussels.socialhealth.core.OpeningHours}, a weekly schedule of
 *       {@link brussels.socialhealth.core.TimeRange}s with public-holiday hours
 *       ({@link brussels.socialhealth.core.BelgianPublicHolidays}) and date exceptions, asked whether it is
 *       open at a moment in Europe/Brussels; its text form is a subset of OpenStreetMap
 *       {@code opening_hours} ({@code docs/opening-hours.md}), and parse errors are
 *       {@link brussels.socialhealth.core.OpeningHoursSyntaxException}s with position and token.
 *   <li>Closed lists: every enum that travels as a stable code ({@code Language}, and the enums of the
 *       other modules) implements {@link brussels.socialhealth.core.Coded}, whose static {@code parse}
 *       is the one lookup from text to constant, with the list's own normalisation and error code.
 *   <li>Style: {@link brussels.socialhealth.core.SocialHealthStyle}, the one Immutables style.
 * </ul>
 *
 * <p>Identifier-like types ({@code PhoneNumber}, {@code EmailAddress}, {@code WebAddress},
 * {@code EnterpriseNumber}, {@code ExternalRef}) have one canonical string: {@code toString()} and
 * {@code parse(String)} round-trip and that string is their JSON form. {@code PostalAddress}, {@code GeoPoint}
 * and {@code Period} travel as JSON objects, {@code Extensions} as an object of objects. Every type is
 * immutable and thread-safe, and construction fails only with {@code InvalidValueException}.
 *
 * <p>Sub-packages: {@code validation} (reports and the validator facade), {@code json} (Jackson 3 and 2
 * configuration). The user's guide to this package, with every accepted notation and error code, is
 * {@code docs/core.md}.
 */
@SocialHealthStyle
package brussels.socialhealth.core;
