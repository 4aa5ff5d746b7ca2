/**
 * JSON for Jackson 3, the primary line (the wire format is {@code docs/json-format.md}).
 *
 * <ul>
 *   <li>Writing and everyday reading: {@link brussels.socialhealth.core.json.SocialHealthJson} gives the
 *       strict and lenient mappers and a builder; {@link brussels.socialhealth.core.json.SocialHealthModule}
 *       is the module found by {@code ServiceLoader}.
 *   <li>Reading untrusted input: {@link brussels.socialhealth.core.json.JsonDocumentReader} reads one
 *       document within {@link brussels.socialhealth.core.json.JsonLimits} and turns every failure into a
 *       {@link brussels.socialhealth.core.json.JsonInputException} (stable {@code core.json.*} code, line,
 *       column, JSON path), the same exception the Jackson 2 reader throws.
 *   <li>Keeping what the model does not know: {@code readKeepingUnknown} on a lenient reader returns a
 *       {@link brussels.socialhealth.core.json.ReadResult}: the value, the unknown fields as
 *       {@link brussels.socialhealth.core.Extensions} keyed by JSON path, and one warning per field.
 * </ul>
 *
 * <p>The Jackson 2 twins live in {@code json.jackson2}; helpers shared by both in {@code json.internal}.
 */
@SocialHealthStyle
package brussels.socialhealth.core.json;

import brussels.socialhealth.core.SocialHealthStyle;
