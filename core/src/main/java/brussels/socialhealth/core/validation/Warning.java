package brussels.socialhealth.core.validation;

import jakarta.validation.Payload;

/**
 * Constraint payload that downgrades a Bean Validation constraint to a {@link Severity#WARNING}:
 * {@code @OfficialName(payload = Warning.class)}.
 */
public interface Warning extends Payload {}
