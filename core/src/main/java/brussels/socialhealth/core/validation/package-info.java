/**
 * Validation: {@link brussels.socialhealth.core.validation.ModelValidator} checks Bean Validation
 * constraints and context-dependent {@link brussels.socialhealth.core.validation.Rule}s and returns a
 * {@link brussels.socialhealth.core.validation.ValidationReport} of
 * {@link brussels.socialhealth.core.validation.Violation}s (code, severity, path, trilingual message).
 * Reports are returned, never thrown.
 */
@SocialHealthStyle
package brussels.socialhealth.core.validation;

import brussels.socialhealth.core.SocialHealthStyle;
