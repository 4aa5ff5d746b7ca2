/**
 * The shared kernel of the Brussels social-health model: value types used by every module.
 *
 * <ul>
 *   <li>Text: {@link brussels.socialhealth.core.LocalizedText} in {@link brussels.socialhealth.core.Language}s
 *       (French and Dutch for official names).
 *   <li>Errors: {@link brussels.socialhealth.core.InvalidValueException} for values that cannot exist,
 *       each with a stable code from {@link brussels.socialhealth.core.CoreCodes} and a message in French,
 *       Dutch and English from {@link brussels.socialhealth.core.Messages}.
 *   <li>Style: {@link brussels.socialhealth.core.SocialHealthStyle}, the one Immutables style.
 * </ul>
 *
 * <p>Sub-packages: {@code validation} (reports and the validator facade), {@code json} (Jackson 3 and 2
 * configuration).
 */
@SocialHealthStyle
package brussels.socialhealth.core;
