"""Answer building: input handling, scope, follow-ups, grounded composition, verification."""
