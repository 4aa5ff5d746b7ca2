/**
 * Non-API helpers shared by the Jackson 3 and Jackson 2 readers: {@link
 * brussels.socialhealth.core.json.internal.JsonFailures} turns what Jackson reports (messages, path
 * references, parser contexts) into the codes and JSON paths of
 * {@link brussels.socialhealth.core.json.JsonInputException}; {@link
 * brussels.socialhealth.core.json.internal.UnknownFields} is the line-neutral half of keeping unknown fields
 * (tree comparison, locations, the result). Not part of the public API.
 */
@SocialHealthStyle
package brussels.socialhealth.core.json.internal;

import brussels.socialhealth.core.SocialHealthStyle;
